// The step list at the top of the pane: real buttons, the current step marked for screen readers.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useMessages } from "../i18n/useMessages";
import { STEPS, isStepReachable, type Step, type StepAvailability } from "./steps";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  current: { fontWeight: tokens.fontWeightSemibold },
});

export interface StepNavProps {
  step: Step;
  availability: StepAvailability;
  busy: boolean;
  onSelect(step: Step): void;
}

export function StepNav({ step, availability, busy, onSelect }: StepNavProps) {
  const { t } = useMessages();
  const styles = useStyles();
  return (
    <nav aria-label={t.stepsLabel}>
      <ol className={styles.list}>
        {STEPS.map((s, i) => {
          const current = s === step;
          return (
            <li key={s}>
              <Button
                size="small"
                appearance={current ? "outline" : "subtle"}
                className={current ? styles.current : undefined}
                aria-current={current ? "step" : undefined}
                disabled={!isStepReachable(s, availability)}
                disabledFocusable={busy}
                onClick={() => onSelect(s)}
              >
                {`${i + 1}. ${t.steps[s]}`}
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
