import { useEffect, useRef } from 'preact/hooks';

interface Props {
  value: string;
  onInput: (value: string) => void;
  autoFocus?: boolean;
  onFocus?: () => void;
}

/** The one search box: `<input type="search">` labelled "Search questions". */
export function SearchField({ value, onInput, autoFocus, onFocus }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const el = input.current;
    if (autoFocus && el) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
  }, [autoFocus]);
  return (
    <form role="search" class="search-field" onSubmit={(e) => e.preventDefault()}>
      <label for="search" class="visually-hidden">
        Search questions
      </label>
      <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round">
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <input
        ref={input}
        id="search"
        type="search"
        dir="auto"
        autocomplete="off"
        spellcheck={false}
        enterKeyHint="search"
        aria-keyshortcuts="/"
        placeholder="Search: conflict, hallucinations, Anthropic…"
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onFocus={onFocus}
      />
    </form>
  );
}
