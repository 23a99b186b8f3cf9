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
    text: "Look-alike domains, spoofed senders and suspicious links are flagged and kept out of your way, with the reason shown.",
  },
  {
    icon: <NewspaperOutlined />,
    title: "Newsletters",
    text: "Promotions and newsletters are labelled and set aside, so they never bury a message from a real customer.",
  },
  {
    icon: <PersonAddAltOutlined />,
    title: "Leads",
    text: "A new enquiry becomes a lead in your CRM with the sender, their contact details and what they asked for.",
  },
  {
    icon: <SupportAgentOutlined />,
    title: "Support",
    text: "Customer questions get a drafted answer built from your knowledge base, ready for you to check and send.",
  },
  {
    icon: <ReceiptLongOutlined />,
    title: "Billing",
    text: "Invoices, receipts and payment questions are grouped together so money matters are never missed.",
  },
  {
    icon: <EventAvailableOutlined />,
    title: "Scheduling",
    text: "Booking and rescheduling requests are picked out with the time asked for, so you can confirm in one reply.",
  },
];

export function TriageCategories() {
  return (
    <Section
      id="triage"
      eyebrow="Triage"
      title="Every email, put where it belongs"
      intro="Each incoming message is sorted into one of six kinds and handled the way that kind deserves."
      tinted
    >
      <FeatureGrid items={CATEGORIES} />
    </Section>
  );
}
