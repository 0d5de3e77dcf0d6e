import { Component, type ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';

interface Caught {
  error?: unknown;
  /** The address that failed: moving elsewhere shows the next screen again. */
  at?: string;
}

class CaughtScreen extends Component<{ url: string; children?: ComponentChildren }, Caught> {
  override componentDidCatch(error: unknown): void {
    console.error(error); // for whoever opens the console; the screen says it in plain words
    this.setState({ error, at: this.props.url });
  }

  override render() {
    const { error, at } = this.state;
    if (error === undefined || at !== this.props.url) return this.props.children;
    return (
      <section class="screen-error" role="alert">
        <h1>This page could not be shown</h1>
        <p>Something went wrong while Rehearse was drawing it. Everything you saved is still on this device; reloading usually brings the page back.</p>
        <p class="screen-error-detail">
          <small>{error instanceof Error ? error.message : String(error)}</small>
        </p>
        <p class="actions">
          <button type="button" class="button primary" onClick={() => window.location.reload()}>
            Reload
          </button>
          <a class="button" href="/">
            Go to the start
          </a>
        </p>
      </section>
    );
  }
}

/** One screen's failure stays on that screen: a message with Reload and a way home, never a blank page. */
export function ScreenBoundary({ children }: { children?: ComponentChildren }) {
  const { url } = useLocation();
  return <CaughtScreen url={url}>{children}</CaughtScreen>;
}
