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
    text: "Senders become contacts with the conversation on their timeline; leads become deals you move through your pipeline from first email to won.",
  },
  {
    icon: <MenuBookOutlined />,
    title: "Replies grounded in your knowledge",
    text: "Write down your prices, opening hours and policies once, or upload them. Drafted replies quote them and show which passage they used.",
  },
  {
    icon: <AutoAwesomeOutlined />,
    title: "Automations you control",
    text: "Label, archive, mark read, forward, draft a reply, create a lead or call a webhook when a message matches a rule you wrote; ready-made presets per kind of business.",
  },
  {
    icon: <BarChartOutlined />,
    title: "A dashboard that shows the flow",
    text: "Mail per day by route, who decided each verdict (rules, classifier, AI or a person), categories, top senders, deals per week and the pipeline funnel.",
  },
  {
    icon: <SpeedOutlined />,
    title: "Plans with clear quotas",
    text: "Each plan includes a number of AI-triaged emails and drafts a month, and the Billing page shows this month's usage as it happens.",
  },
  {
    icon: <ApiOutlined />,
    title: "REST API and signed webhooks",
    text: "Read and write contacts, companies, deals, notes and tasks with workspace API keys, and receive signed webhooks when CRM records change.",
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
