// Says which finishes this Excel version could not draw, so staff know the sheet is still complete.
import { Caption1 } from "@fluentui/react-components";
import type { HostFeature } from "../../excel/host/workbookOperations";
import { useMessages } from "../i18n/useMessages";

export function SkippedFeaturesNote({ features }: { features: readonly HostFeature[] | undefined }) {
  const { t } = useMessages();
  if (!features || features.length === 0) return null;
  return <Caption1>{t.skippedFeatures(features.map((feature) => t.features[feature]).join(", "))}</Caption1>;
}
