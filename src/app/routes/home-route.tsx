import { StartPage } from '../../features/library/components/start-page.tsx';
import { LibrarySearchBox } from '../../features/library-search/components/library-search-box.tsx';

/** Start page: open a file, the library, the demo call, and the way into one search over the library. */
export function HomeRoute() {
  return <StartPage librarySearch={<LibrarySearchBox />} />;
}
