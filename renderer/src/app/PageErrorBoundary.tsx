// Keeps one page's failure on that page: the header, the navigation and every other page's state
// (the import queue above all) stay alive, and the officer sees what happened in their language.
import { Component, type ReactNode } from 'react';
import { i18next } from '../i18n/index.js';

interface Props {
  /** Changing it (e.g. the page's name) clears a caught failure. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  failure: Error | null;
  resetKey: string;
}

export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { failure: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(failure: unknown): Partial<State> {
    return { failure: failure instanceof Error ? failure : new Error(String(failure)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failure: null, resetKey: props.resetKey };
  }

  override render(): ReactNode {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <div className="error-banner page-failure" role="alert" data-testid="page-failure">
        <p><strong>{t('errors.pageFailed')}</strong></p>
        {/* The program's own words, in English: for whoever supports the app, not in the officer's way. */}
        <details className="muted">
          <summary>{t('errors.technicalDetails')}</summary>
          <code lang="en">{failure.message}</code>
        </details>
        <button type="button" onClick={() => this.setState({ failure: null })}>{t('errors.tryAgain')}</button>
      </div>
    );
  }
}
