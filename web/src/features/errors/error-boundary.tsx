import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useRouteError } from 'react-router';
import { ErrorResult } from './error-pages';

interface State {
  error: unknown;
}

/** Catches render errors outside the router (the router's own errors go to RouteErrorPage). */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <ErrorResult error={this.state.error} /> : this.props.children;
  }
}

/** The router's error element: a render error or a thrown API error of any route. */
export function RouteErrorPage() {
  return <ErrorResult error={useRouteError()} />;
}
