/**
 * The résumé as a PDF document, drawn by @react-pdf/renderer at build time:
 * real text in reading order (applicant-tracking systems read it), the site's
 * font embedded, and the résumé model's sections in the same words as /resume/.
 */
import { Document, Font, Link, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { periodLabel } from "@/lib/format";
import { fill, messages } from "@/lib/i18n";
import { paperColors } from "@/lib/look/site-colors";
import { type ContactItem, shortUrl } from "@/lib/resume/lines";
import type { Resume, ResumeLine, ResumeSection } from "@/lib/resume/model";
import { siteFont } from "@/lib/site-font";
import { withoutEmoji } from "@/lib/without-emoji";

const registered = new Set<string>();

/** The owner's font, embedded: every font offered covers Latin Extended ("Łódź", "Straße"), which the PDF's built-in Helvetica cannot encode. */
function registerSiteFont(): string {
  const { family, files } = siteFont();
  if (!registered.has(family)) {
    Font.register({ family, fonts: [400, 600].map((weight) => ({ src: files[weight as 400 | 600], fontWeight: weight })) });
    registered.add(family);
  }
  return family;
}
// Whole words only: a hyphen inserted by the layout would split "PostgreSQL" for a machine reading the text.
Font.registerHyphenationCallback((word) => [word]);

/** No build time in the file: every build of the same content gives the same bytes. */
const FIXED_DATE = new Date(0);

/** The stylesheet, in the owner's colours on paper. */
function pdfStyles() {
  const { ink: INK, muted: MUTED, accent: ACCENT, rule: RULE } = paperColors();
  return StyleSheet.create({
    page: { fontFamily: registerSiteFont(), fontSize: 9.5, lineHeight: 1.3, color: INK, paddingVertical: 32, paddingHorizontal: 44 },
    name: { fontSize: 18, fontWeight: 600, lineHeight: 1.15 },
    headline: { fontSize: 11, marginTop: 2, color: INK },
    summary: { marginTop: 6, color: INK },
    contact: { marginTop: 3, color: MUTED, fontSize: 8.5 },
    /** A line of short items that wraps between them: a skill or an address is never split. */
    items: { flexDirection: "row", flexWrap: "wrap" },
    item: { marginRight: 6 },
    link: { color: MUTED, textDecoration: "none" },
    section: { marginTop: 10 },
    heading: {
      fontSize: 7.5,
      fontWeight: 600,
      letterSpacing: 0.5,
      textTransform: "uppercase",
      color: ACCENT,
      paddingBottom: 2,
      marginBottom: 5,
      borderBottomWidth: 0.75,
      borderBottomColor: RULE,
    },
    results: { flexDirection: "row", flexWrap: "wrap" },
    result: { width: "50%", paddingRight: 12, marginBottom: 2 },
    entry: { marginBottom: 5 },
    entryHead: { flexDirection: "row", justifyContent: "space-between" },
    strong: { fontWeight: 600 },
    muted: { color: MUTED },
    bullet: { flexDirection: "row", marginTop: 1 },
    bulletMark: { width: 9, color: MUTED },
    bulletText: { flex: 1 },
    row: { flexDirection: "row", marginBottom: 2.5 },
    rowLabel: { width: 124, fontWeight: 600, paddingRight: 8 },
    rowText: { flex: 1 },
  });
}

/** Text the embedded font can draw: emoji have no glyph in it and would print as empty boxes. */
const drawable = (text: string) => withoutEmoji(text);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const styles = pdfStyles();
  return (
    <View style={styles.section}>
      <Text style={styles.heading} minPresenceAhead={24}>
        {title}
      </Text>
      {children}
    </View>
  );
}

function Bullets({ items }: { items: string[] }) {
  const styles = pdfStyles();
  return items.map((item) => (
    <View key={item} style={styles.bullet}>
      <Text style={styles.bulletMark}>•</Text>
      <Text style={styles.bulletText}>{drawable(item)}</Text>
    </View>
  ));
}

/** A title on the left and, when known, its dates on the right. */
function EntryHead({ line }: { line: ResumeLine }) {
  const styles = pdfStyles();
  const period = line.when && periodLabel(line.when);
  return (
    <View style={styles.entryHead}>
      <Text style={styles.rowText}>
        <Text style={styles.strong}>{drawable(line.title)}</Text>
        {line.detail && <Text style={styles.muted}> · {drawable(line.detail)}</Text>}
      </Text>
      {period && <Text style={styles.muted}>{period}</Text>}
    </View>
  );
}

/** A job, study, project, certificate or honour, kept on one page. */
function Entry({ line }: { line: ResumeLine }) {
  const styles = pdfStyles();
  return (
    <View style={styles.entry} wrap={false}>
      <EntryHead line={line} />
      {(line.summary || line.uses.length > 0) && (
        <Text>
          {line.summary && drawable(line.summary)}
          {line.uses.length > 0 && <Text style={styles.muted}> ({line.uses.map(drawable).join(", ")})</Text>}
        </Text>
      )}
      <Bullets items={line.bullets} />
    </View>
  );
}

function Results({ lines }: { lines: ResumeLine[] }) {
  const styles = pdfStyles();
  return (
    <View style={styles.results}>
      {lines.map((line) => (
        <Text key={line.key} style={styles.result}>
          <Text style={styles.strong}>{drawable(line.figure ?? "")}</Text> {drawable(line.title)}
        </Text>
      ))}
    </View>
  );
}

/** One text per item, so a line breaks between items, never inside one. */
type PdfStyle = ReturnType<typeof pdfStyles>[keyof ReturnType<typeof pdfStyles>];

function Items({ items, style }: { items: ContactItem[]; style: PdfStyle }) {
  const styles = pdfStyles();
  return (
    <View style={[styles.items, style]}>
      {items.map((item, index) => (
        <Text key={item.text} style={styles.item}>
          {index > 0 && "·  "}
          {item.url ? (
            <Link src={item.url} style={styles.link}>
              {drawable(item.text)}
            </Link>
          ) : (
            drawable(item.text)
          )}
        </Text>
      ))}
    </View>
  );
}

function SkillRows({ lines }: { lines: ResumeLine[] }) {
  const styles = pdfStyles();
  return lines.map((line) => (
    <View key={line.key} style={styles.row}>
      <Text style={styles.rowLabel}>{line.titleShown ? drawable(line.title) : ""}</Text>
      <Items items={line.items} style={styles.rowText} />
    </View>
  ));
}

function SectionBody({ section }: { section: ResumeSection }) {
  const lines = section.entries.map((entry) => entry.line);
  if (section.id === "results") return <Results lines={lines} />;
  if (section.id === "skills") return <SkillRows lines={lines} />;
  return lines.map((line) => <Entry key={line.key} line={line} />);
}

function ResumePdf({ resume }: { resume: Resume }) {
  const styles = pdfStyles();
  const contact = [...resume.contact, { text: shortUrl(resume.portfolioUrl), url: resume.portfolioUrl }];
  return (
    <Document
      title={fill(messages().resume.pdfTitle, { name: drawable(resume.title) })}
      author={resume.title}
      subject={resume.subtitle ?? resume.title}
      creator="Portfolio"
      producer="Portfolio"
      language={resume.language}
      creationDate={FIXED_DATE}
      modificationDate={FIXED_DATE}
    >
      <Page size="A4" style={styles.page}>
        <View>
          <Text style={styles.name}>{drawable(resume.title)}</Text>
          {resume.subtitle && <Text style={styles.headline}>{drawable(resume.subtitle)}</Text>}
          <Text style={styles.summary}>{drawable(resume.summary)}</Text>
          {resume.experience && <Text style={styles.contact}>{resume.experience}</Text>}
          <Items items={contact} style={styles.contact} />
        </View>
        {resume.sections.map((section) => (
          <Section key={section.id} title={section.title}>
            <SectionBody section={section} />
          </Section>
        ))}
      </Page>
    </Document>
  );
}

/** The PDF file's bytes. */
export function renderResumePdf(resume: Resume): Promise<Buffer> {
  return renderToBuffer(<ResumePdf resume={resume} />);
}
