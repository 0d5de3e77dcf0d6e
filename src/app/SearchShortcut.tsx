import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { browseUrl, parseListContext } from '../bank/url-state';
import { focusSearch } from './route-focus';
import { isTypingIn } from './typing';

/** `/` focuses the search field from anywhere, except while the user is typing in a field. */
export function SearchShortcut() {
  const { query, route } = useLocation();
  const context = parseListContext(query);
  const list = context ? browseUrl(context.list) : '/questions'; // back to the list this question came from
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTypingIn(e.target)) return;
      e.preventDefault(); // or the "/" would land in the field
      focusSearch(() => route(list));
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [list, route]);
  return null;
}
