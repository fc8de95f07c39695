/**
 * The résumé as a PDF document, drawn by @react-pdf/renderer at build time:
 * real text in reading order (applicant-tracking systems read it), the site's
 * font embedded, and the same facts and wording as /resume/.
 */
import { Document, Font, Link, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { Content, PartialDate } from "@/lib/content";
import { contextLabel, dateLabel, periodLabel, yearsLabel } from "@/lib/format";
import { contactItems, shortUrl, skillLine, workDetail } from "@/lib/resume/lines";
import { sameWords } from "@/lib/same-words";
import { SITE_FONT } from "@/lib/site-font";
import { withoutEmoji } from "@/lib/without-emoji";

// Geist covers Latin Extended ("Łódź", "Straße"), which the PDF's built-in Helvetica cannot encode.
Font.register({
  family: SITE_FONT.family,
  fonts: [
    { src: SITE_FONT.files[400], fontWeight: 400 },
    { src: SITE_FONT.files[600], fontWeight: 600 },
  ],
});
// Whole words only: a hyphen inserted by the layout would split "PostgreSQL" for a machine reading the text.
Font.registerHyphenationCallback((word) => [word]);

/** No build time in the file: every build of the same content gives the same bytes. */
const FIXED_DATE = new Date(0);

const INK = "#0f172a";
const MUTED = "#475569";
const ACCENT = "#115e59";
const RULE = "#cbd5e1";

const styles = StyleSheet.create({
  page: { fontFamily: SITE_FONT.family, fontSize: 9.5, lineHeight: 1.3, color: INK, paddingVertical: 32, paddingHorizontal: 44 },
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

/** Text the embedded font can draw: emoji have no glyph in it and would print as empty boxes. */
const drawable = (text: string) => withoutEmoji(text);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
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
  return items.map((item) => (
    <View key={item} style={styles.bullet}>
      <Text style={styles.bulletMark}>•</Text>
      <Text style={styles.bulletText}>{drawable(item)}</Text>
    </View>
  ));
}

/** A title on the left and, when known, its dates on the right. */
function EntryHead({ title, detail, period }: { title: string; detail?: string; period?: string }) {
  return (
    <View style={styles.entryHead}>
      <Text style={styles.rowText}>
        <Text style={styles.strong}>{drawable(title)}</Text>
        {detail && detail !== title && <Text style={styles.muted}> · {drawable(detail)}</Text>}
      </Text>
      {period && <Text style={styles.muted}>{period}</Text>}
    </View>
  );
}

/** Certificates and honours: a title, who gave it, and its date; nothing when there are none. */
function DatedSection({ title, entries }: { title: string; entries: { slug: string; title: string; by?: string; date?: PartialDate }[] }) {
  if (entries.length === 0) return null;
  return (
    <Section title={title}>
      {entries.map((entry) => (
        <View key={entry.slug} style={styles.entry} wrap={false}>
          <EntryHead title={entry.title} detail={entry.by} period={entry.date && dateLabel(entry.date)} />
        </View>
      ))}
    </Section>
  );
}

function ResumePdf({ content, portfolioUrl }: { content: Content; portfolioUrl: string }) {
  const { profile, categories, projects, achievements, experience, education, certifications, honours } = content;
  const title = profile.name ?? profile.headline;
  const contact = [...contactItems(profile), { text: shortUrl(portfolioUrl), url: portfolioUrl }];

  return (
    <Document
      title={`Résumé: ${drawable(title)}`}
      author={title}
      subject={profile.headline}
      creator="Portfolio"
      producer="Portfolio"
      language={(profile.locale ?? "en_US").replace("_", "-")}
      creationDate={FIXED_DATE}
      modificationDate={FIXED_DATE}
    >
      <Page size="A4" style={styles.page}>
        <View>
          <Text style={styles.name}>{drawable(title)}</Text>
          {profile.name && <Text style={styles.headline}>{drawable(profile.headline)}</Text>}
          <Text style={styles.summary}>{drawable(profile.summary)}</Text>
          {profile.experience && <Text style={styles.contact}>{yearsLabel(profile.experience)} of production experience</Text>}
          {/* One text per item, so a line breaks between items, never inside one. */}
          <View style={[styles.items, styles.contact]}>
            {contact.map((item, index) => (
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
        </View>

        {experience.length > 0 && (
          <Section title="Experience">
            {experience.map((work) => (
              <View key={work.slug} style={styles.entry} wrap={false}>
                <EntryHead title={work.organization} detail={workDetail(work)} period={periodLabel(work)} />
                {work.summary && <Text>{drawable(work.summary)}</Text>}
                <Bullets items={work.highlights} />
              </View>
            ))}
          </Section>
        )}

        {achievements.length > 0 && (
          <Section title="Results">
            <View style={styles.results}>
              {achievements.map((achievement) => (
                <Text key={achievement.slug} style={styles.result}>
                  <Text style={styles.strong}>{drawable(achievement.figure)}</Text> {drawable(achievement.metric)}
                </Text>
              ))}
            </View>
          </Section>
        )}

        <Section title="Skills">
          {categories
            .filter((category) => category.skills.length > 0)
            .map((category) => (
              <View key={category.slug} style={styles.row}>
                <Text style={styles.rowLabel}>{sameWords(category.title, "Skills") ? "" : drawable(category.title)}</Text>
                <View style={[styles.items, styles.rowText]}>
                  {category.skills.map((skill, index) => (
                    <Text key={skill.slug} style={styles.item}>
                      {index > 0 && "·  "}
                      {drawable(skillLine(skill))}
                    </Text>
                  ))}
                </View>
              </View>
            ))}
        </Section>

        {projects.length > 0 && (
          <Section title="Projects">
            {projects.map((project) => (
              <View key={project.slug} style={styles.entry} wrap={false}>
                <EntryHead title={project.title} detail={contextLabel(project)} />
                <Text>
                  {drawable(project.summary)}
                  {project.skills.length > 0 && <Text style={styles.muted}> ({project.skills.map((skill) => drawable(skill.title)).join(", ")})</Text>}
                </Text>
              </View>
            ))}
          </Section>
        )}

        {education.length > 0 && (
          <Section title="Education">
            {education.map((study) => (
              <View key={study.slug} style={styles.entry} wrap={false}>
                <EntryHead title={study.institution} detail={[study.degree, study.area].filter(Boolean).join(", ") || undefined} period={periodLabel(study)} />
                {study.summary && <Text>{drawable(study.summary)}</Text>}
              </View>
            ))}
          </Section>
        )}

        <DatedSection
          title="Certificates"
          entries={certifications.map((certificate) => ({ slug: certificate.slug, title: certificate.title, by: certificate.issuer, date: certificate.date }))}
        />
        <DatedSection
          title="Honours and awards"
          entries={honours.map((honour) => ({ slug: honour.slug, title: honour.title, by: honour.awarder, date: honour.date }))}
        />
      </Page>
    </Document>
  );
}

/** The PDF file's bytes. */
export function renderResumePdf(content: Content, portfolioUrl: string): Promise<Buffer> {
  return renderToBuffer(<ResumePdf content={content} portfolioUrl={portfolioUrl} />);
}
