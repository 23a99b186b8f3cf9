import EventAvailableOutlined from "@mui/icons-material/EventAvailableOutlined";
import GppMaybeOutlined from "@mui/icons-material/GppMaybeOutlined";
import NewspaperOutlined from "@mui/icons-material/NewspaperOutlined";
import PersonAddAltOutlined from "@mui/icons-material/PersonAddAltOutlined";
import ReceiptLongOutlined from "@mui/icons-material/ReceiptLongOutlined";
import SupportAgentOutlined from "@mui/icons-material/SupportAgentOutlined";
import { FeatureGrid, type FeatureItem } from "./feature-grid";
import { Section } from "./section";

const CATEGORIES: FeatureItem[] = [
  {
    icon: <GppMaybeOutlined />,
    title: "Spam and phishing",
    text: "Caught by the local classifier and your sender rules, shown with the reason, and never drafted for or answered by an automation.",
  },
  {
    icon: <NewspaperOutlined />,
    title: "Newsletters and notifications",
    text: "Recognised from List-Id, Precedence and Auto-Submitted headers and no-reply senders, and kept out of your Needs attention view.",
  },
  {
    icon: <PersonAddAltOutlined />,
    title: "Leads",
    text: "With an OpenAI key, a new enquiry becomes a contact, company and deal with what they asked for. A mailbox can also add every human sender as a contact.",
  },
  {
    icon: <SupportAgentOutlined />,
    title: "Support",
    text: "Questions get a drafted answer that quotes your knowledge base and lists its sources, ready for you to check and send.",
  },
  {
    icon: <ReceiptLongOutlined />,
    title: "Billing",
    text: "With an OpenAI key, invoices and payment questions get their own category, so an automation can label or forward them.",
  },
  {
    icon: <EventAvailableOutlined />,
    title: "Scheduling",
    text: "Booking and rescheduling requests are recognised by the classifier and wait in Needs attention with a drafted reply.",
  },
];

export function TriageCategories() {
  return (
    <Section
      id="triage"
      eyebrow="Triage"
      title="Every email, put where it belongs"
      intro="Each message gets a route (needs attention, automated or spam) and a category, with the reasons shown, so you can correct it and teach your rules."
      tinted
    >
      <FeatureGrid items={CATEGORIES} />
    </Section>
  );
}
