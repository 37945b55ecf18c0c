import { Component, lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { useStrings } from '../i18n/useStrings.ts';

/** The parts of the atlas that are downloaded on demand, each with its own failure message. */
export type LazyPartName = 'quiz' | 'texts' | 'language' | 'import' | 'stage';

export type PartErrorProps = {
  /** which part failed: chooses the message */
  part: LazyPartName;
  /** tries the download again */
  onRetry: () => void;
  /** a way out without the part (e.g. leave the quiz) */
  cancel?: { label: string; onCancel: () => void };
};

/** A part that did not arrive: what failed, and a Retry that really downloads it again. */
export function PartError({ part, onRetry, cancel }: PartErrorProps) {
  const { t } = useStrings();
  return (
    <div className="part-error" role="alert">
      <p>
        {t[`partFailed_${part}`]} {t.partFailedHelp}
      </p>
      <div className="related__row">
        <button type="button" className="primary" onClick={onRetry}>
          {t.retry}
        </button>
        {cancel && (
          <button type="button" onClick={cancel.onCancel}>
            {cancel.label}
          </button>
        )}
      </div>
    </div>
  );
}

type BoundaryProps = { children: ReactNode; fallback: (error: unknown) => ReactNode };

/** Catches a failed download (or a render error) of one part, so it never blanks the page. */
export class PartBoundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: null as unknown, failed: false };
  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}

export type LazyPartProps<P extends object> = {
  part: LazyPartName;
  /** the dynamic import of the part's module */
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
  /** shown while it downloads */
  fallback?: ReactNode;
  /** a way out shown beside Retry */
  cancel?: PartErrorProps['cancel'];
};

/**
 * A part downloaded on demand, behind an error boundary. Retry makes a new lazy component, so the dynamic import
 * is requested again rather than React replaying the failed promise.
 */
export function LazyPart<P extends object>({ part, load, props, fallback = null, cancel }: LazyPartProps<P>) {
  const [attempt, setAttempt] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new attempt must make a new lazy component
  const Part = useMemo(() => lazy(load), [attempt]);
  return (
    <PartBoundary key={attempt} fallback={() => <PartError part={part} onRetry={() => setAttempt((a) => a + 1)} {...(cancel ? { cancel } : {})} />}>
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    </PartBoundary>
  );
}
