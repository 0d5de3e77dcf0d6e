import { segments } from '../bank/highlight';

interface Props {
  text: string;
  ranges?: readonly (readonly [number, number])[];
}

/** Text with the search's matched parts in <mark>. */
export function Highlighted({ text, ranges }: Props) {
  if (!ranges?.length) return <>{text}</>;
  return <>{segments(text, ranges).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
