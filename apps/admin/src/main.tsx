import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readAuth } from './auth-storage';
import { preloadDashboard } from './dashboard/dashboard';
import { preloadPageAt } from './page-preload';
import { RESOURCES } from './resources';

/** How long the first render may wait for the code of the page the address opens. */
const PAGE_CODE_WAIT_MS = 500;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

const render = () =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// A page whose code is missing when React reaches it shows a spinner, and React then keeps the
// page back until 300 ms after the spinner appeared: so the first render waits for that code,
// fetched alongside the panel's own. Signed out, any address shows the login page first.
const auth = readAuth();
const pageCode = auth
  ? preloadPageAt(window.location.hash, RESOURCES, () => preloadDashboard(auth.user.role))
  : undefined;
if (pageCode) {
  void Promise.race([
    pageCode,
    new Promise((resolve) => setTimeout(resolve, PAGE_CODE_WAIT_MS)),
  ]).then(render);
} else {
  render();
}
