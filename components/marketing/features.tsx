import ApiOutlined from "@mui/icons-material/ApiOutlined";
import AutoAwesomeOutlined from "@mui/icons-material/AutoAwesomeOutlined";
import BarChartOutlined from "@mui/icons-material/BarChartOutlined";
import MenuBookOutlined from "@mui/icons-material/MenuBookOutlined";
import SpeedOutlined from "@mui/icons-material/SpeedOutlined";
import ViewKanbanOutlined from "@mui/icons-material/ViewKanbanOutlined";
import { FeatureGrid, type FeatureItem } from "./feature-grid";
import { Section } from "./section";

const FEATURES: FeatureItem[] = [
  {
    icon: <ViewKanbanOutlined />,
    title: "A CRM that fills itself",
    text: "Leads arrive from your inbox with the conversation attached. Move them through your pipeline from first email to won.",
  },
  {
    icon: <MenuBookOutlined />,
    title: "Replies grounded in your knowledge",
    text: "Write down your prices, opening hours and policies once. Drafted replies use them instead of guessing.",
  },
  {
    icon: <AutoAwesomeOutlined />,
    title: "Automations you control",
    text: "Label, archive, forward, create a lead or call a webhook when a message matches a rule you wrote.",
  },
  {
    icon: <BarChartOutlined />,
    title: "A dashboard that shows the flow",
    text: "Charts of mail by category, reply times and how leads move through the pipeline, built from your own mail.",
  },
  {
    icon: <SpeedOutlined />,
    title: "Billed by usage",
    text: "Plans are priced on what you use — mail processed and AI work done — and current usage is always visible.",
  },
  {
    icon: <ApiOutlined />,
    title: "REST API and signed webhooks",
    text: "Read leads and messages with scoped API keys, and receive signed webhooks for each event to connect your other tools.",
  },
];

export function Features() {
  return (
    <Section
      id="features"
      eyebrow="Features"
      title="Everything that happens after the inbox"
      intro="Sorting is only the start. Fikiri carries each message through to a reply, a lead, or a record you can act on."
      tinted
    >
      <FeatureGrid items={FEATURES} />
    </Section>
  );
}
