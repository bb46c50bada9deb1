import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { BootError } from './app/components/BootError.tsx';
import { createLocalDatabase } from './db/createLocalDatabase.ts';
import { initI18n, storedLocale } from './i18n/i18n.ts';
import { api } from './platform/api.ts';
import './styles/app.css';

const boot = async (): Promise<void> => {
  const locale = storedLocale();
  await initI18n(locale);
  void api.setLocale(locale).catch(() => undefined);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const db = await createLocalDatabase();
    root.render(
      <StrictMode>
        <App db={db} />
      </StrictMode>,
    );
  } catch (err) {
    root.render(<BootError reason={err instanceof Error ? err.message : String(err)} />);
  }
};

void boot();
