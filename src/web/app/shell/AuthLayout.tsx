import type { ReactNode } from 'react';
import { Brand } from './Brand.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MAIN_ID, SkipLink } from './SkipLink.tsx';

/** The frame of the login and setup pages: brand, language switch, one centred card. */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="shell shell--auth">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__bar">
          <Brand />
          <div className="app-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="auth-main">
        <div className="auth-card">{children}</div>
      </main>
    </div>
  );
}
