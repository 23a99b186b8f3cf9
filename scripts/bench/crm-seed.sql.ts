/**
 * Bulk seed SQL for the CRM bench: everything is INSERT ... SELECT over
 * generate_series, so a million emails take one statement. Workspace 0 is the
 * big one; the others exist so every query has to stay inside its workspace.
 */
export interface SeedSize {
  contacts: number;
  companies: number;
  deals: number;
  emails: number;
}

const FIRST = "olivia liam emma noah amelia oliver ava elijah sophia james isabella william mia benjamin charlotte lucas harper henry evelyn theodore luna jack camila levi gianna alexander abigail jackson ella mateo elizabeth daniel sofia michael emily mason avery sebastian mila ethan scarlett logan eleanor owen madison samuel layla jacob penelope asher aria aiden chloe john grace joseph ellie wyatt nora david hazel leo zoey luke riley julian victoria hudson lily grayson aurora matthew violet ezra nova gabriel hannah carter emilia isaac zoe jayden stella luca everly anthony isla dylan leah lincoln lillian thomas addison maverick willow elias lucy josiah paisley".split(" ");
const LAST = "smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez powell jenkins perry russell sullivan bell coleman butler henderson barnes gonzales fisher vasquez simmons romero jordan patterson alexander hamilton graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis tran medina aguilar stevens murray ford castro marshall owens harrison fernandez mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black robertson boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols stephens soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters santos hart bradley knight elliott cunningham duncan armstrong hudson carroll lane riley andrews alvarado ray delgado berry perkins hoffman johnston matthews pena richards".split(" ");
const WORDS = "acme globex initech umbrella hooli vandelay stark wayne wonka tyrell cyberdyne soylent monarch gringotts oscorp nakatomi dunder virtucon massive pied aperture black blue green red silver golden north south east west summit harbor river valley pine oak maple cedar granite iron copper atlas apex zenith orbit nova quantum vertex pixel".split(" ");
const SUFFIX = "Inc Ltd GmbH LLC Group Labs Partners Systems Studio Works".split(" ");
const SUBJECTS = "Quote request|Invoice overdue|Meeting next week|Proposal feedback|Order confirmation|Support ticket|Renewal reminder|Pricing question|Demo follow up|Contract draft|Shipping update|Partnership idea|Project kickoff|Budget approval|Trial extension|Onboarding call|Feature request|Payment received|Catalogue inquiry|Bulk order".split("|");

const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(",")}]`;

export function seedWorkspaceSql(w: number, size: SeedSize): string[] {
  const ws = `'bench_ws_${w}'`;
  const C = size.companies;
  const N = size.contacts;
  const T = Math.max(1, Math.floor(size.emails / 10));
  const contactName = `(${arr(FIRST)})[1 + i % ${FIRST.length}] || ' ' || (${arr(LAST)})[1 + (i / ${FIRST.length}) % ${LAST.length}]`;
  const contactEmail = `(${arr(FIRST)})[1 + i % ${FIRST.length}] || '.' || (${arr(LAST)})[1 + (i / ${FIRST.length}) % ${LAST.length}] || i || '@co' || (1 + i % ${C}) || '-${w}.test'`;
  return [
    `INSERT INTO "Company" (id, "workspaceId", name, domain, "customFields", "searchText", "createdAt", "updatedAt")
     SELECT 'co_${w}_' || i, ${ws}, n, d, '{}', lower(n || ' ' || d || ' ' || replace(replace(d, '.', ' '), '-', ' ')), now() - i * interval '1 minute', now() - i * interval '1 minute'
     FROM (SELECT i, initcap((${arr(WORDS)})[1 + i % ${WORDS.length}]) || ' ' || initcap((${arr(WORDS)})[1 + (i / ${WORDS.length}) % ${WORDS.length}]) || ' ' || (${arr(SUFFIX)})[1 + (i / 2500) % ${SUFFIX.length}] AS n, 'co' || i || '-${w}.test' AS d FROM generate_series(1, ${C}) i) s`,
    `INSERT INTO "CompanyDomain" (id, "workspaceId", "companyId", domain) SELECT 'cd_' || id, "workspaceId", id, domain FROM "Company" WHERE "workspaceId" = ${ws}`,
    `INSERT INTO "Contact" (id, "workspaceId", name, email, phones, tags, "companyId", "leadScore", "customFields", source, "searchText", "createdAt", "updatedAt", "lastActivityAt", "ownerId")
     SELECT 'ct_${w}_' || i, ${ws}, n, e, '{}', CASE WHEN i % 10 = 0 THEN ARRAY['vip'] ELSE '{}'::text[] END, 'co_${w}_' || (1 + i % ${C}), CASE WHEN i % 3 = 0 THEN NULL ELSE i % 100 END, '{}', 'import',
       lower(n || ' ' || e || ' ' || replace(replace(e, '@', ' '), '.', ' ')), now() - i * interval '1 second', now() - i * interval '1 second', now() - i * interval '1 second', 'bench_user'
     FROM (SELECT i, ${contactName} AS n, ${contactEmail} AS e FROM generate_series(1, ${N}) i) s`,
    `INSERT INTO "ContactEmail" (id, "workspaceId", "contactId", email, "isPrimary", "createdAt") SELECT 'ce_' || id, "workspaceId", id, email, true, now() FROM "Contact" WHERE "workspaceId" = ${ws}`,
    `INSERT INTO "Pipeline" (id, "workspaceId", name, key, "createdAt") VALUES ('pl_${w}', ${ws}, 'Sales', 'default', now())`,
    `INSERT INTO "PipelineStage" (id, "workspaceId", "pipelineId", name, position, kind, probability)
     SELECT 'st_${w}_' || p, ${ws}, 'pl_${w}', (ARRAY['New','Qualified','Meeting','Proposal','Won','Lost'])[p + 1], p, (ARRAY['OPEN','OPEN','OPEN','OPEN','WON','LOST'])[p + 1]::"PipelineStageKind", (ARRAY[10,25,40,60,100,0])[p + 1] FROM generate_series(0, 5) p`,
    `INSERT INTO "Deal" (id, "workspaceId", title, "companyId", "pipelineId", "stageId", amount, currency, "leadScore", "searchText", "stageChangedAt", "createdAt", "updatedAt", "ownerId")
     SELECT 'dl_${w}_' || i, ${ws}, t, 'co_${w}_' || (1 + i % ${C}), 'pl_${w}', 'st_${w}_' || (i % 6), (i % 500) * 100 + 99.5, 'USD', i % 100, lower(t), now() - i * interval '1 minute', now() - i * interval '1 minute', now() - i * interval '1 minute', 'bench_user'
     FROM (SELECT i, (${arr(SUBJECTS)})[1 + i % ${SUBJECTS.length}] || ' ' || initcap((${arr(WORDS)})[1 + i % ${WORDS.length}]) || ' ' || i AS t FROM generate_series(1, ${size.deals}) i) s`,
    `INSERT INTO "DealContact" ("workspaceId", "dealId", "contactId") SELECT ${ws}, 'dl_${w}_' || i, 'ct_${w}_' || (1 + (i * 7) % ${N}) FROM generate_series(1, ${size.deals}) i`,
    `INSERT INTO "DealStageHistory" (id, "workspaceId", "dealId", "toStageId", "actorType", "changedAt") SELECT 'dh_' || id, "workspaceId", id, "stageId", 'SYSTEM', "createdAt" FROM "Deal" WHERE "workspaceId" = ${ws}`,
    `INSERT INTO "Mailbox" (id, "workspaceId", "emailAddress", status, "createdAt", "updatedAt") VALUES ('mb_${w}', ${ws}, 'sales@bench-${w}.test', 'ACTIVE', now(), now())`,
    `INSERT INTO "MailThread" (id, "workspaceId", "mailboxId", "providerThreadId", subject, "messageCount", "lastMessageAt", "createdAt", "updatedAt")
     SELECT 'th_${w}_' || i, ${ws}, 'mb_${w}', 't' || i, 'Thread ' || i, 10, now() - i * interval '1 minute', now(), now() FROM generate_series(1, ${T}) i`,
    `INSERT INTO "MailMessage" (id, "workspaceId", "mailboxId", "threadId", "providerMessageId", "fromAddress", "fromName", subject, snippet, "receivedAt", "createdAt", "updatedAt")
     SELECT 'msg_${w}_' || i, ${ws}, 'mb_${w}', 'th_${w}_' || (1 + i % ${T}), 'p' || i, ${contactEmail.replace(/\bi\b/g, `(1 + i % ${N})`)}, ${contactName.replace(/\bi\b/g, `(1 + i % ${N})`)},
       (${arr(SUBJECTS)})[1 + i % ${SUBJECTS.length}] || ' ' || (i % 997), 'Hello, following up on our conversation', now() - i * interval '20 seconds', now(), now()
     FROM generate_series(1, ${size.emails}) i`,
    // Three timeline entries per contact: the most recent emails, linked to their sender.
    `INSERT INTO "Activity" (id, "workspaceId", type, "actorType", title, body, "messageId", "threadId", "dedupeKey", "occurredAt", "createdAt")
     SELECT 'ac_${w}_' || i, ${ws}, 'email_in', 'SYSTEM', 'Email ' || i, 'Hello, following up', 'msg_${w}_' || i, 'th_${w}_' || (1 + i % ${T}), 'email:msg_${w}_' || i, now() - i * interval '20 seconds', now()
     FROM generate_series(1, ${Math.min(size.emails, N * 3)}) i`,
    `INSERT INTO "ActivityLink" (id, "workspaceId", "activityId", "recordType", "recordId", "occurredAt")
     SELECT 'al_${w}_' || i, ${ws}, 'ac_${w}_' || i, 'contact', 'ct_${w}_' || (1 + i % ${N}), now() - i * interval '20 seconds' FROM generate_series(1, ${Math.min(size.emails, N * 3)}) i`,
  ];
}

/** Names the bench searches for (each matches a handful of contacts, plus companies/deals/emails). */
export function searchTerms(): string[] {
  const terms: string[] = [];
  for (let i = 0; i < 40; i++) terms.push(`${FIRST[(i * 7) % FIRST.length]} ${LAST[(i * 13) % LAST.length]}`);
  for (let i = 0; i < 20; i++) terms.push(`${WORDS[(i * 3) % WORDS.length]} ${WORDS[(i * 5 + 1) % WORDS.length]}`);
  for (let i = 0; i < 20; i++) terms.push(SUBJECTS[i % SUBJECTS.length]!.split(" ")[0]!.toLowerCase().slice(0, 5));
  return terms;
}
