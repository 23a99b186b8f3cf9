import type { DemoEmail } from "./build-demo-message";

const unsubscribe = (list: string, domain: string) => ({
  "List-Id": `<${list}.${domain}>`,
  "List-Unsubscribe": `<mailto:unsubscribe@${domain}?subject=unsubscribe>, <https://${domain}/unsubscribe?list=${list}>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  Precedence: "bulk",
});

/**
 * Two weeks in the inbox of Brightwater Plumbing & Heating, oldest first,
 * written for this project: enquiries that turn into jobs (Marsh Lettings'
 * gas safety certificates are won and paid; Oakfield Café has a quote;
 * Greenway Dental is booking a site visit; Hillcrest Builders went
 * elsewhere), customers asking what the knowledge base answers (prices,
 * hours, emergencies, guarantee, cancellations, area), bookings, a supplier's
 * invoices, payment notices, newsletters, notifications, spam and a phishing
 * attempt. The last few are "live": they arrive while you watch.
 */
export const DEMO_STORY: DemoEmail[] = [
  {
    key: "marsh-enquiry",
    daysAgo: 13,
    at: "08:42",
    kind: "lead",
    from: "Helen Marsh <helen@marsh-lettings.example>",
    subject: "Gas safety certificates for 12 rental flats",
    text: `Hello,

I manage twelve rental flats around Harbourside for Marsh Lettings and our current engineer has retired. All twelve need their annual landlord gas safety certificate before the end of next month.

Could you give me a price for the lot, and tell me how you would schedule the visits? Tenants would need a few days' notice.

Many thanks,
Helen Marsh
Lettings Manager, Marsh Lettings
0161 496 0874`,
  },
  {
    key: "castle-statement",
    daysAgo: 13,
    at: "10:05",
    kind: "invoice",
    from: "Castle Plumbing Supplies Accounts <accounts@castle-supplies.example>",
    subject: "Invoice CPS-20931 for your trade account",
    text: `Dear Brightwater Plumbing & Heating,

Please find attached invoice CPS-20931 for goods collected last month on your trade account.

Amount due: £1,284.60 (inc. VAT)
Due date: end of this month

Pay by bank transfer quoting your account number BW-0447.

Castle Plumbing Supplies - Accounts Team`,
    attachment: { filename: "CPS-20931.txt", contentType: "text/plain", content: "Castle Plumbing Supplies\nInvoice CPS-20931\nAccount BW-0447\n\n40 x 15mm copper elbow .... £38.00\n2 x Combi boiler 30kW .... £1,032.00\nSundries .... £0.50\nVAT .... £214.10\nTotal .... £1,284.60\n" },
  },
  {
    key: "newsletter-trade-1",
    daysAgo: 13,
    at: "06:30",
    kind: "newsletter",
    from: "Trade Plumbing Weekly <editor@tradeplumbing-weekly.example>",
    subject: "This week: heat pump grants, new water regs, and a van security checklist",
    headers: unsubscribe("weekly", "tradeplumbing-weekly.example"),
    text: `TRADE PLUMBING WEEKLY

1. Heat pump grants: what changes next quarter and how to explain it to customers.
2. Water regulations: the new guidance on backflow protection for outside taps.
3. Van security: a ten-point checklist after a spate of tool thefts.

You receive this because you subscribed at tradeplumbing-weekly.example. Unsubscribe at any time.`,
    html: `<img src="https://tradeplumbing-weekly.example/masthead.png" alt="Trade Plumbing Weekly" width="600"><h1>Trade Plumbing Weekly</h1><ol><li>Heat pump grants: what changes next quarter.</li><li>Water regulations: backflow protection for outside taps.</li><li>Van security: a ten-point checklist.</li></ol><p><a href="https://tradeplumbing-weekly.example/unsubscribe">Unsubscribe</a></p>`,
  },
  {
    key: "support-boiler-service-price",
    daysAgo: 12,
    at: "19:12",
    kind: "support",
    from: "George Patel <george.patel@harbourmail.example>",
    subject: "How much is a boiler service?",
    text: `Hi,

My combi boiler is due its annual service. How much do you charge for a boiler service, and how long does it take?

Thanks,
George`,
  },
  {
    key: "hillcrest-enquiry",
    daysAgo: 12,
    at: "11:20",
    kind: "lead",
    from: "Mark Ellison <mark@hillcrest-builders.example>",
    subject: "Subcontract plumbing on a 6-house development",
    text: `Hi Dana,

We are building six houses on Quarry Lane starting in the spring and need a plumbing subcontractor for first and second fix. Could you send me your day rate and availability from March?

Regards,
Mark Ellison
Site Manager, Hillcrest Builders`,
  },
  {
    key: "bookwell-1",
    daysAgo: 12,
    at: "07:58",
    kind: "notification",
    from: "Bookwell <no-reply@bookwell.example>",
    subject: "New booking: Boiler service, Thursday 10:00",
    text: `You have a new booking.

Service: Boiler service
When: Thursday 10:00-11:00
Customer: Ruth Adeyemi, 14 Mill Street

Manage bookings at https://bookwell.example/dashboard

This is an automated message from Bookwell.`,
  },
  {
    key: "spam-seo",
    daysAgo: 12,
    at: "03:17",
    kind: "spam",
    from: "Rank Booster <offers@rankbooster-seo.example>",
    subject: "GUARANTEED #1 on Google for plumbers!!! 90% OFF today only",
    text: `Dear Business Owner,

WE GUARANTEE YOUR WEBSITE #1 ON GOOGLE IN 7 DAYS!!! Thousands of customers calling you every day!!!
90% OFF - TODAY ONLY - ACT NOW - limited offer, click here to claim your FREE ranking report.

No risk, 100% money back, cheap cheap cheap.

To stop receiving these amazing offers reply REMOVE.`,
  },
  {
    key: "marsh-follow-up",
    daysAgo: 11,
    at: "09:31",
    kind: "customer",
    from: "Helen Marsh <helen@marsh-lettings.example>",
    subject: "Re: Gas safety certificates for 12 rental flats",
    inReplyTo: "marsh-enquiry",
    text: `Hi Dana,

Thanks for the quote of £75 per certificate, £900 for all twelve. That works for us. Please go ahead.

I have sent the tenants' contact details separately. Could the visits be spread over two days next week?

Best,
Helen`,
  },
  {
    key: "oakfield-enquiry",
    daysAgo: 11,
    at: "14:47",
    kind: "lead",
    from: "Sofia Romano <sofia@oakfield-cafe.example>",
    subject: "Water heater in our café keeps failing - quote for a replacement?",
    text: `Hello,

I run Oakfield Café on the high street. Our kitchen water heater has tripped three times this month and the engineer who looked at it says it is at the end of its life.

Could you quote for replacing it with something that keeps up with a busy kitchen? We are closed on Mondays if that helps.

Thank you,
Sofia Romano
Owner, Oakfield Café`,
  },
  {
    key: "support-emergency-weekend",
    daysAgo: 11,
    at: "21:55",
    kind: "support",
    from: "Lina Novak <lina.novak@harbourmail.example>",
    subject: "Do you do emergency call-outs at weekends?",
    text: `Hello,

Just checking before I need it: if a pipe bursts at the weekend, do you do emergency call-outs, and what does an emergency call-out cost?

Lina`,
  },
  {
    key: "payhub-marsh-deposit",
    daysAgo: 10,
    at: "12:03",
    kind: "payment",
    from: "PayHub <notifications@payhub.example>",
    subject: "Payment received: £270.00 from Marsh Lettings",
    text: `You received a payment.

From: Marsh Lettings
Amount: £270.00
Reference: BW-1038 deposit
Paid to: Brightwater Plumbing & Heating

The money will be in your bank account within 2 working days.

PayHub - this is an automated notification.`,
  },
  {
    key: "hillcrest-lost",
    daysAgo: 10,
    at: "16:40",
    kind: "customer",
    from: "Mark Ellison <mark@hillcrest-builders.example>",
    subject: "Re: Subcontract plumbing on a 6-house development",
    inReplyTo: "hillcrest-enquiry",
    text: `Hi Dana,

Thanks for getting back to me so quickly. In the end we have gone with a larger firm that can put two teams on site from March. I will keep your details for smaller jobs.

Regards,
Mark`,
  },
  {
    key: "castle-order-ready",
    daysAgo: 10,
    at: "07:45",
    kind: "vendor",
    from: "Castle Plumbing Supplies <orders@castle-supplies.example>",
    subject: "Order 88214 is ready for collection",
    text: `Good morning,

Your order 88214 (1 x 18L unvented water heater, fittings kit) is ready for collection from the trade counter, Dock Road branch, from 7am.

Castle Plumbing Supplies`,
  },
  {
    key: "support-area",
    daysAgo: 9,
    at: "13:22",
    kind: "support",
    from: "Tom Becker <tom.becker@villagepost.example>",
    subject: "Do you cover Westbrook?",
    text: `Hi there,

We live in Westbrook, about 12 miles out of Harbourside. Do you cover our area, or is it too far? We need a new outside tap fitted.

Thanks,
Tom`,
  },
  {
    key: "greenway-enquiry",
    daysAgo: 8,
    at: "10:10",
    kind: "lead",
    from: "Dr Amara Okafor <amara.okafor@greenway-dental.example>",
    subject: "Maintenance contract for two dental surgeries",
    text: `Dear Brightwater team,

Greenway Dental has two surgeries in Harbourside. We are looking for a plumbing and heating firm to take on an annual maintenance contract: boiler services, water heater checks and a priority call-out if something fails during clinic hours.

Could we arrange a site visit so you can see both buildings and give us a price?

Kind regards,
Dr Amara Okafor
Practice Principal, Greenway Dental`,
  },
  {
    key: "newsletter-castle",
    daysAgo: 8,
    at: "08:00",
    kind: "newsletter",
    from: "Castle Plumbing Supplies <news@castle-supplies.example>",
    subject: "November trade offers: 15% off radiators and valves",
    headers: unsubscribe("offers", "castle-supplies.example"),
    text: `NOVEMBER TRADE OFFERS

15% off all radiators and thermostatic valves until the end of the month.
Free delivery on orders over £250 to Harbourside and district.

Manage your email preferences or unsubscribe at castle-supplies.example/preferences.`,
  },
  {
    key: "greenway-visit",
    daysAgo: 7,
    at: "15:05",
    kind: "booking",
    from: "Dr Amara Okafor <amara.okafor@greenway-dental.example>",
    subject: "Re: Maintenance contract for two dental surgeries",
    inReplyTo: "greenway-enquiry",
    text: `Dear Dana,

Thank you. Either Tuesday at 8am or Wednesday at 5:30pm works for the site visit, before or after clinic hours. Please confirm which suits you and I will make sure the practice manager is there to show you round.

Kind regards,
Amara`,
  },
  {
    key: "support-gas-safe",
    daysAgo: 7,
    at: "18:48",
    kind: "support",
    from: "Ruth Adeyemi <ruth.adeyemi@harbourmail.example>",
    subject: "Are your engineers Gas Safe registered?",
    text: `Hello,

Before Thursday's boiler service, can you confirm your engineers are Gas Safe registered? My insurer asks for the registration number.

Thank you,
Ruth Adeyemi`,
  },
  {
    key: "review-notification",
    daysAgo: 7,
    at: "11:34",
    kind: "notification",
    from: "LocalTrades Reviews <reviews@localtrades.example>",
    subject: "You have a new 5-star review",
    text: `Brightwater Plumbing & Heating received a new review.

★★★★★ "Fixed our leaking stopcock within an hour of calling. Tidy, friendly and fairly priced." - J. Walsh

Reply to the review at https://localtrades.example/business/reviews

LocalTrades - automated notification, please do not reply.`,
  },
  {
    key: "phishing-bank",
    daysAgo: 6,
    at: "02:41",
    kind: "phishing",
    from: "Harbour Bank Security <security@harbour-bank-alerts.example>",
    subject: "URGENT: your business account has been suspended",
    text: `Dear customer,

We detected unusual sign-in activity and your business account has been SUSPENDED. To restore access you must verify your identity within 24 hours or the account will be closed.

Verify your account now: http://harbour-bank.verify-login.example/secure

Enter your card number, PIN and online banking password to complete verification.

Harbour Bank Security Team`,
    html: `<img src="https://harbour-bank-secure.example/logo.png" alt="Bank logo" width="180"><p>Dear customer,</p><p>Your business account has been <b>SUSPENDED</b>. Verify within 24 hours or it will be closed.</p><p><a href="http://harbour-bank.verify-login.example/secure">https://www.harbourbank.example/verify</a></p><p>Enter your card number, PIN and password to complete verification.</p>`,
  },
  {
    key: "oakfield-monday",
    daysAgo: 6,
    at: "09:50",
    kind: "customer",
    from: "Sofia Romano <sofia@oakfield-cafe.example>",
    subject: "Re: Water heater in our café keeps failing - quote for a replacement?",
    inReplyTo: "oakfield-enquiry",
    text: `Hi Dana,

Thank you for the quote (£1,850 fitted, for the 18-litre unvented heater). It looks good. Two questions before I say yes: could the work be done on a Monday when we are closed, and is there a guarantee on the installation?

Sofia`,
  },
  {
    key: "payhub-marsh-final",
    daysAgo: 5,
    at: "12:15",
    kind: "payment",
    from: "PayHub <notifications@payhub.example>",
    subject: "Payment received: £630.00 from Marsh Lettings",
    text: `You received a payment.

From: Marsh Lettings
Amount: £630.00
Reference: BW-1038 balance
Paid to: Brightwater Plumbing & Heating

PayHub - this is an automated notification.`,
  },
  {
    key: "marsh-thanks",
    daysAgo: 5,
    at: "12:40",
    kind: "customer",
    from: "Helen Marsh <helen@marsh-lettings.example>",
    subject: "Re: Gas safety certificates for 12 rental flats",
    inReplyTo: "marsh-follow-up",
    text: `Hi Dana,

All twelve certificates received, thank you, and the balance is paid. The tenants were very complimentary. We have another block of eight flats coming onto our books in January; I will be in touch.

Helen`,
  },
  {
    key: "support-guarantee",
    daysAgo: 5,
    at: "17:26",
    kind: "support",
    from: "Peter Walsh <peter.walsh@villagepost.example>",
    subject: "Tap you replaced is dripping again",
    text: `Hi,

You replaced our kitchen tap about six weeks ago and it has started dripping again. Is that covered by a guarantee on your work, or will I have to pay for another call-out?

Peter Walsh`,
  },
  {
    key: "priya-enquiry",
    daysAgo: 4,
    at: "20:14",
    kind: "lead",
    from: "Priya Shah <priya@shah-architects.example>",
    subject: "Bathroom refit - quote please",
    text: `Hello,

We are planning a full bathroom refit at home: new bath, walk-in shower, two basins and underfloor heating. The room is about 3m by 2.5m.

Could you come round to measure up and give us a quote? Evenings or Saturday mornings are easiest.

Best wishes,
Priya Shah`,
  },
  {
    key: "castle-price-rise",
    daysAgo: 4,
    at: "09:00",
    kind: "vendor",
    from: "Castle Plumbing Supplies <accounts@castle-supplies.example>",
    subject: "Price changes on copper fittings from the 1st",
    text: `Dear customer,

Because of rising copper prices, list prices on copper pipe and fittings will go up by 6% from the 1st of next month. Orders placed before then are charged at today's prices.

Castle Plumbing Supplies`,
  },
  {
    key: "newsletter-network",
    daysAgo: 4,
    at: "07:15",
    kind: "newsletter",
    from: "Harbourside Business Network <hello@harbourside-network.example>",
    subject: "Breakfast meet-up on Friday + small business rates webinar",
    headers: unsubscribe("members", "harbourside-network.example"),
    text: `HARBOURSIDE BUSINESS NETWORK

Breakfast meet-up this Friday at 7:30am at the Quayside Hotel: bring business cards.
Webinar next Wednesday: small business rates relief explained.

You are on this list as a member. Unsubscribe: harbourside-network.example/unsubscribe`,
  },
  {
    key: "support-cancel",
    daysAgo: 3,
    at: "08:05",
    kind: "support",
    from: "Ruth Adeyemi <ruth.adeyemi@harbourmail.example>",
    subject: "Need to cancel Thursday's boiler service",
    text: `Hello,

Something has come up and I need to cancel Thursday's boiler service. Is there a charge for cancelling, and can we rebook for the week after?

Ruth`,
  },
  {
    key: "van-tracker",
    daysAgo: 3,
    at: "06:00",
    kind: "notification",
    from: "FleetWatch <reports@fleetwatch.example>",
    subject: "Weekly van report: 412 miles, 2 harsh braking events",
    text: `Weekly report for van BW-01

Distance: 412 miles
Idle time: 3h 10m
Harsh braking events: 2

View the full report at https://fleetwatch.example/reports

FleetWatch - automated report.`,
  },
  {
    key: "spam-voucher",
    daysAgo: 3,
    at: "04:44",
    kind: "spam",
    from: "Prize Desk <winner@prize-desk.example>",
    subject: "Congratulations!!! You have WON a £500 voucher",
    text: `CONGRATULATIONS!!!

You have been selected to receive a £500 shopping voucher. Click here NOW to claim your prize before it expires. Just pay a small £2.99 delivery fee.

100% FREE - WINNER - CLAIM TODAY`,
  },
  {
    key: "oakfield-yes",
    daysAgo: 2,
    at: "10:30",
    kind: "customer",
    from: "Sofia Romano <sofia@oakfield-cafe.example>",
    subject: "Re: Water heater in our café keeps failing - quote for a replacement?",
    inReplyTo: "oakfield-monday",
    text: `Hi Dana,

Great, Monday works. Let's go ahead. What deposit do you need before you order the heater, and how can I pay it?

Sofia`,
  },
  {
    key: "castle-invoice-2",
    daysAgo: 2,
    at: "10:02",
    kind: "invoice",
    from: "Castle Plumbing Supplies Accounts <accounts@castle-supplies.example>",
    subject: "Invoice CPS-21377 for order 88214",
    text: `Dear Brightwater Plumbing & Heating,

Invoice CPS-21377 for order 88214 is attached.

Amount due: £742.80 (inc. VAT)
Due: within 30 days on your trade account terms.

Castle Plumbing Supplies - Accounts Team`,
    attachment: { filename: "CPS-21377.txt", contentType: "text/plain", content: "Castle Plumbing Supplies\nInvoice CPS-21377\nOrder 88214\n\n1 x 18L unvented water heater .... £589.00\n1 x Fittings kit .... £30.00\nVAT .... £123.80\nTotal .... £742.80\n" },
  },
  {
    key: "support-hours",
    daysAgo: 2,
    at: "16:58",
    kind: "support",
    from: "Hannah Price <hannah.price@harbourmail.example>",
    subject: "Opening hours on Saturday?",
    text: `Hi,

What are your opening hours on a Saturday? I would like someone to look at a slow-draining shower and I work weekdays.

Thanks,
Hannah`,
  },
  {
    key: "bookwell-2",
    daysAgo: 2,
    at: "18:20",
    kind: "notification",
    from: "Bookwell <no-reply@bookwell.example>",
    subject: "Booking cancelled: Boiler service, Thursday 10:00",
    text: `A booking was cancelled.

Service: Boiler service
When: Thursday 10:00-11:00
Customer: Ruth Adeyemi

This is an automated message from Bookwell.`,
  },
  {
    key: "newsletter-trade-2",
    daysAgo: 6,
    at: "06:30",
    kind: "newsletter",
    from: "Trade Plumbing Weekly <editor@tradeplumbing-weekly.example>",
    subject: "This week: pricing your call-outs, and the hydrogen-ready boiler debate",
    headers: unsubscribe("weekly", "tradeplumbing-weekly.example"),
    text: `TRADE PLUMBING WEEKLY

1. Pricing call-outs: what small firms charge and why a fixed first half hour works.
2. Hydrogen-ready boilers: marketing or a real option for customers?

Unsubscribe at tradeplumbing-weekly.example/unsubscribe.`,
  },
  {
    key: "phishing-supplier",
    daysAgo: 1,
    at: "05:12",
    kind: "phishing",
    from: "Castle Plumbing Supplies <accounts@castle-suppiies-billing.example>",
    subject: "Overdue invoice - bank details changed, pay today",
    text: `Dear customer,

Your account is OVERDUE. Please note our bank details have CHANGED. Pay the outstanding £2,027.40 today to the new account below to avoid legal action and suspension of your trade account.

Confirm the payment and your login at http://castle-suppiies-billing.example/login

Accounts Department`,
  },
  {
    key: "support-drain",
    daysAgo: 1,
    at: "08:37",
    kind: "support",
    from: "Omar Haddad <omar.haddad@villagepost.example>",
    subject: "Blocked drain - how much to unblock?",
    text: `Morning,

The drain outside our back door is blocked and water is pooling. How much do you charge to unblock a drain, and could you come today or tomorrow?

Omar`,
  },
  {
    key: "greenway-confirm",
    daysAgo: 1,
    at: "12:12",
    kind: "booking",
    from: "Dr Amara Okafor <amara.okafor@greenway-dental.example>",
    subject: "Re: Maintenance contract for two dental surgeries",
    inReplyTo: "greenway-visit",
    text: `Dear Dana,

Tuesday at 8am is confirmed. Please ask for Joe, our practice manager, at the Church Road surgery first; he will take you on to the second building afterwards.

Kind regards,
Amara`,
  },
  {
    key: "payhub-payout",
    daysAgo: 1,
    at: "07:00",
    kind: "payment",
    from: "PayHub <notifications@payhub.example>",
    subject: "Your payout of £1,176.00 is on its way",
    text: `A payout of £1,176.00 has been sent to your bank account ending 4471. It should arrive within 1-2 working days.

PayHub - this is an automated notification.`,
  },
  {
    key: "spam-loans",
    daysAgo: 0,
    at: "03:03",
    kind: "spam",
    from: "Fast Business Cash <funding@fastcash-loans.example>",
    subject: "Pre-approved: £50,000 business loan, no credit check!!!",
    text: `You are PRE-APPROVED for £50,000 with NO credit check!!! Money in your account in 1 hour. Click here to claim now. Limited time offer. Act fast!!!`,
  },
  {
    key: "live-leak",
    daysAgo: 0,
    at: "00:00",
    live: true,
    kind: "support",
    from: "Grace Mensah <grace.mensah@harbourmail.example>",
    subject: "Leak under the kitchen sink - emergency call-out?",
    text: `Hi,

There is water coming from under my kitchen sink and I cannot find the stopcock. Can you send someone today as an emergency call-out, and how much would that cost?

Grace Mensah
07700 900461`,
  },
  {
    key: "live-restaurant-lead",
    daysAgo: 0,
    at: "00:00",
    live: true,
    kind: "lead",
    from: "Daniel Brooks <daniel@quayside-kitchen.example>",
    subject: "Quote for plumbing in our new restaurant kitchen",
    text: `Hello Brightwater,

We are fitting out a new restaurant kitchen on the quayside: two commercial sinks, a dishwasher, a grease trap and a hot water system. Building work finishes in three weeks.

Could you come and look at it this week and give us a quote?

Daniel Brooks
Head Chef & Co-owner, Quayside Kitchen`,
  },
  {
    key: "live-booking",
    daysAgo: 0,
    at: "00:00",
    live: true,
    kind: "booking",
    from: "George Patel <george.patel@harbourmail.example>",
    subject: "Re: How much is a boiler service?",
    inReplyTo: "support-boiler-service-price",
    text: `Hi again,

Thanks. Could I book the boiler service for next Tuesday or Wednesday morning? I am in all day either day.

George`,
  },
  {
    key: "live-priya-follow-up",
    daysAgo: 0,
    at: "00:00",
    live: true,
    kind: "customer",
    from: "Priya Shah <priya@shah-architects.example>",
    subject: "Re: Bathroom refit - quote please",
    inReplyTo: "priya-enquiry",
    text: `Hi Dana,

Saturday morning at 9:30 is perfect for measuring up. Do you need a deposit before the work starts, and roughly how long does a full bathroom refit take?

Priya`,
  },
];
