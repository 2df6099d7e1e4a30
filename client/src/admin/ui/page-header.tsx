// A page's title: sets the document title and takes the focus when the page opens, so that a
// screen reader hears where it landed after a route change (RGAA 12.6).
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface PageHeaderProps {
  title: string;
  intro?: ComponentChildren;
  actions?: ComponentChildren;
  /** Leave the focus where it is (e.g. a form field the page focuses itself). */
  keepFocus?: boolean;
}

export function PageHeader({ title, intro, actions, keepFocus }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — Éclore, espace professionnel`;
    if (!keepFocus) heading.current?.focus();
  }, [title]);
  return (
    <header class="entete-page">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {intro && <div class="intro">{intro}</div>}
      </div>
      {actions && <div class="actions">{actions}</div>}
    </header>
  );
}
