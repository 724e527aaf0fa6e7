import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './error-handler.ts';

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');
const looksLikeFile = (path: string) => /\.[A-Za-z0-9]+$/.test(path);

const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Đúng hạn</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}code{background:#f3f4f6;padding:.1rem .3rem;border-radius:.2rem}</style></head>
<body>
<h1>Đúng hạn</h1>
<p>Máy chủ đang chạy nhưng giao diện chưa được dựng.</p>
<p>Chạy <code>npm run build</code> rồi khởi động lại máy chủ bằng <code>npx dunghan serve</code>.</p>
<p>API vẫn hoạt động tại <code>/api</code>. Lần chạy đầu tiên: dùng đường dẫn thiết lập in trên màn hình máy chủ,
hoặc tạo quản trị viên bằng <code>npx dunghan user add TEN --role admin</code>.</p>
</body>
</html>
`;

/**
 * Serves the built SPA from `webRoot` (index.html for every page path, so client-side routes load
 * on refresh) or, when it has not been built, a short page that says how to build it. Unknown /api
 * paths answer the JSON 404 in every case.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const built = existsSync(join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: ['index.html'],
      setHeaders: (reply, filePath) => {
        // Vite fingerprints everything under assets/; index.html must be re-read to pick up a new build.
        reply.header(
          'cache-control',
          /[\\/]assets[\\/]/.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    const page = request.method === 'GET' || request.method === 'HEAD';
    if (isApiPath(path) || !page || looksLikeFile(path)) {
      return sendError(reply, 404, 'not_found', `Không có đường dẫn ${request.method} ${path}.`);
    }
    if (built) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply
      .code(path === '/' ? 200 : 404)
      .type('text/html; charset=utf-8')
      .send(MISSING_BUILD_PAGE);
  });
}
