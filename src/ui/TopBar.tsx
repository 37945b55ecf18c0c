import { PhoneMenu } from './PhoneMenu.tsx';
import { SearchBox } from './SearchBox.tsx';

/** The phone's one-row top bar: the search box and the menu. */
export function TopBar() {
  return (
    <header className="topbar">
      <SearchBox />
      <PhoneMenu />
    </header>
  );
}
