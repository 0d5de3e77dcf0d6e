export function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>Nothing lives at this address.</p>
      <a class="button primary" href="/">
        Go to the start
      </a>
    </>
  );
}
