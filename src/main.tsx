import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/providers.tsx';
import { firstScreenSettled } from './lib/first-screen-handoff.ts';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A deep link's first screen, painted from the stored call, goes first (src/app/first-screen).
void firstScreenSettled().then(() =>
  createRoot(container).render(
    <StrictMode>
      <AppProviders />
    </StrictMode>,
  ),
);
