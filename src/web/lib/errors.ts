import type { TFunction } from 'i18next';
import { vi } from '../i18n/vi.ts';
import { ApiError } from './api-client.ts';

type KnownCode = keyof typeof vi.errors.code;

/** A code the catalogue words; a code added to the API later falls back to the server's message. */
function isKnownCode(code: string): code is KnownCode {
  return Object.hasOwn(vi.errors.code, code);
}

/**
 * The message to show for a failed call: the server's own (Vietnamese) wording in Vietnamese, the
 * catalogue's wording of its code in other languages, and a generic line for anything else.
 */
export function errorMessage(error: unknown, t: TFunction, language: string): string {
  if (error instanceof ApiError) {
    if (error.code === 'network' || error.code === 'bad_response') return t(`errors.code.${error.code}`);
    if (language === 'vi' && error.message) return error.message;
    return isKnownCode(error.code) ? t(`errors.code.${error.code}`) : error.message || t('errors.unexpected');
  }
  return t('errors.unexpected');
}
