export function App() {
  return (
    <main>
      <h1>Đúng hạn</h1>
      <p>Chưa có dữ liệu — tải lên tệp xuất đầu tiên.</p>
    </main>
  );
}
