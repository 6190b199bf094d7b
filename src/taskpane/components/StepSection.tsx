// One step's region: a heading that takes focus when staff move to the step, so keyboard users land on it.
import { makeStyles, tokens, typographyStyles, useId } from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
});

export function StepSection({ heading, focusOnMount, children }: { heading: string; focusOnMount: boolean; children: ReactNode }) {
  const styles = useStyles();
  const id = useId("step-heading");
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
    // Only on mount: the section is keyed by step, so a new step is a new mount.
  }, []);
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} ref={ref} tabIndex={-1} className={styles.heading}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
