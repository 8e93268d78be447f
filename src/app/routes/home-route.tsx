import { StartPage } from '../../features/library/components/start-page.tsx';

/** Start page: open a file, the library, the demo call. */
export function HomeRoute() {
  return <StartPage />;
}
