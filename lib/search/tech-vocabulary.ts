/**
 * Technologies and practices a backend or full-stack job posting commonly
 * names. The job-posting matcher uses it to list what a posting asks for that
 * no skill answers to; it is generic and says nothing about the site's owner.
 *
 * Spellings are compared after `normalizeTerm`, so case, dots, spaces and
 * hyphens never need listing: "Node.js" already covers "NodeJS", "node js" and
 * "NODE.JS". A trailing "s" is ignored too ("WebSocket" covers "WebSockets").
 * Aliases list genuinely different spellings ("Golang", "k8s", "Postgres").
 * Every spelling is at most three words, the longest phrase the matcher tries.
 *
 * Ambiguity. Some spellings are also everyday words: "Go" (go live), "C"
 * (Series C), "R" (R&D), "REST" (the rest of), "Express" (express interest),
 * "Node" (cluster nodes), "React" (react to incidents). Such an entry lists
 * them under `ambiguous.forms`, and the matcher then accepts that word only
 * - written exactly as one of the forms, case included ("Go", never "go" or
 *   "GO"; the unambiguous "Golang" matches in any case);
 * - as a word of its own: not hyphenated or glued with "&", "_" or an
 *   apostrophe to a neighbour ("Go-to", "go-to-market", "C-level", "R&D"),
 *   though a slash is fine ("C/C++", "Go/Rust");
 * - not right after a word in `notAfter` ("Series C", "at the Helm") or right
 *   before a word in `notBefore` ("Go ahead", "React to", "Express interest"),
 *   and not next to a year ("Spring 2025"). Neighbours count when only
 *   spaces and at most one "-", "/" or "&" separate them ("R & D").
 * Any one-letter term, here or in the skill index, gets the same treatment
 * with the rules of "C" below if it has none of its own: a capital letter
 * standing alone. Everything else matches case-insensitively.
 */

export interface TechAmbiguity {
  /** The only spellings, exactly as written (case included), in which the everyday word counts. */
  forms: readonly string[];
  /** Lowercase words that, just before it, make it the everyday word. */
  notAfter?: readonly string[];
  /** Lowercase words that, just after it, make it the everyday word. */
  notBefore?: readonly string[];
}

export interface TechTerm {
  /** Display name, as postings usually write it. */
  name: string;
  /** Other spellings (not mere case or punctuation variants). */
  aliases?: readonly string[];
  /** Set when the name or an alias is also an everyday word; see the module comment. */
  ambiguous?: TechAmbiguity;
}

/** Words before a lone capital letter that make it a label, not a language: "Series C", "Plan R", "Type C". */
export const LETTER_NOT_AFTER: readonly string[] = [
  "series",
  "plan",
  "type",
  "grade",
  "class",
  "tier",
  "level",
  "vitamin",
  "section",
  "part",
  "option",
  "phase",
  "round",
  "step",
  "item",
  "appendix",
  "schedule",
  "exhibit",
  "building",
  "floor",
  "room",
  "block",
];

/** Words after a lone capital letter that make it a label: "C suite", "C level". */
export const LETTER_NOT_BEFORE: readonly string[] = ["suite", "level", "grade", "class", "corp", "rated", "rank"];

const letter = (form: string): TechAmbiguity => ({ forms: [form], notAfter: LETTER_NOT_AFTER, notBefore: LETTER_NOT_BEFORE });

/** What comes after the verb "go" in postings: "Go above and beyond", "go ahead", "go live", "go to market". */
const GO_NOT_BEFORE = [
  "ahead",
  "above",
  "beyond",
  "live",
  "further",
  "back",
  "out",
  "through",
  "get",
  "getter",
  "far",
  "deep",
  "deeper",
  "the",
  "to",
  "over",
  "up",
  "down",
  "home",
  "hand",
  "along",
  "wrong",
  "big",
  "a",
  "an",
  "for",
  "with",
  "on",
];

export const TECH_VOCABULARY: readonly TechTerm[] = [
  // Languages
  { name: "JavaScript", aliases: ["JS", "ECMAScript", "ES6"] },
  { name: "TypeScript", aliases: ["TS"] },
  { name: "Python", aliases: ["Python3"] },
  { name: "Java" },
  { name: "Kotlin" },
  { name: "Scala" },
  { name: "Go", aliases: ["Golang"], ambiguous: { forms: ["Go"], notAfter: ["let"], notBefore: GO_NOT_BEFORE } },
  { name: "Rust" },
  { name: "C", ambiguous: letter("C") },
  { name: "C++", aliases: ["CPP"] },
  { name: "C#", aliases: ["CSharp"] },
  { name: "Ruby" },
  { name: "PHP" },
  { name: "Elixir" },
  { name: "Erlang" },
  { name: "Haskell" },
  { name: "Clojure" },
  { name: "Swift", ambiguous: { forms: ["Swift"], notAfter: ["taylor"] } },
  { name: "Objective-C" },
  { name: "Dart" },
  { name: "R", aliases: ["RStudio"], ambiguous: { ...letter("R"), notBefore: [...LETTER_NOT_BEFORE, "d"] } },
  { name: "Perl" },
  { name: "Bash", aliases: ["shell scripting", "shell scripts", "shell script"] },
  { name: "PowerShell" },
  { name: "SQL" },
  { name: "PL/SQL" },
  { name: "T-SQL" },

  // Runtimes and backend frameworks
  { name: "Node.js", aliases: ["Node"], ambiguous: { forms: ["Node"] } },
  { name: "Deno" },
  { name: "Bun", ambiguous: { forms: ["Bun"] } },
  {
    name: "Express",
    aliases: ["Express.js"],
    ambiguous: {
      forms: ["Express"],
      notAfter: ["american", "orient"],
      notBefore: ["your", "yourself", "interest", "ideas", "thoughts", "opinions", "concerns", "delivery", "shipping", "entry", "lane", "written", "consent"],
    },
  },
  { name: "NestJS" },
  { name: "Fastify" },
  { name: "Django", aliases: ["Django REST Framework", "DRF"] },
  { name: "Flask" },
  { name: "FastAPI" },
  { name: "Celery" },
  { name: "SQLAlchemy" },
  {
    name: "Spring",
    aliases: ["Spring Framework"],
    ambiguous: {
      forms: ["Spring"],
      notAfter: ["this", "next", "last", "early", "late", "every"],
      notBefore: ["semester", "term", "break", "season", "cleaning", "internship", "intern", "interns", "quarter"],
    },
  },
  { name: "Spring Boot" },
  { name: "Hibernate" },
  { name: "Quarkus" },
  { name: ".NET", aliases: ["dotnet", ".NET Core", ".NET Framework"], ambiguous: { forms: [".NET", ".Net", ".net"] } },
  { name: "ASP.NET", aliases: ["ASP.NET Core", "ASP.NET MVC"] },
  { name: "Entity Framework", aliases: ["EF Core"] },
  { name: "Ruby on Rails", aliases: ["Rails", "RoR"], ambiguous: { forms: ["Rails"], notAfter: ["guard", "safety", "hand", "the", "off"] } },
  { name: "Laravel" },
  { name: "Symfony" },
  { name: "Phoenix", ambiguous: { forms: ["Phoenix"], notAfter: ["in"], notBefore: ["az", "arizona"] } },
  { name: "Gin", ambiguous: { forms: ["Gin"] } },
  { name: "Prisma" },
  { name: "TypeORM" },

  // Frontend and mobile
  {
    name: "React",
    aliases: ["React.js"],
    ambiguous: { forms: ["React"], notBefore: ["to", "quickly", "fast", "promptly", "calmly", "swiftly", "accordingly", "appropriately"] },
  },
  { name: "Next.js" },
  { name: "Vue.js", aliases: ["Vue", "Vue 3"] },
  { name: "Nuxt", aliases: ["Nuxt.js"] },
  { name: "Angular", aliases: ["AngularJS"], ambiguous: { forms: ["Angular"] } },
  { name: "Svelte", aliases: ["SvelteKit"] },
  { name: "Redux" },
  { name: "HTML", aliases: ["HTML5"] },
  { name: "CSS", aliases: ["CSS3"] },
  { name: "Sass", aliases: ["SCSS"] },
  { name: "Tailwind CSS", aliases: ["Tailwind"] },
  { name: "jQuery" },
  { name: "Webpack" },
  { name: "Vite" },
  { name: "React Native" },
  { name: "Flutter" },

  // Databases, search, storage
  { name: "PostgreSQL", aliases: ["Postgres", "Postgre"] },
  { name: "MySQL" },
  { name: "MariaDB" },
  { name: "SQLite" },
  { name: "SQL Server", aliases: ["MSSQL", "Microsoft SQL Server"] },
  { name: "Oracle Database", aliases: ["Oracle", "Oracle DB"], ambiguous: { forms: ["Oracle"] } },
  { name: "MongoDB", aliases: ["Mongo"] },
  { name: "Cassandra", aliases: ["Apache Cassandra"] },
  { name: "DynamoDB" },
  { name: "Redis" },
  { name: "Memcached" },
  { name: "Elasticsearch", aliases: ["Elastic Search"] },
  { name: "OpenSearch" },
  { name: "Neo4j" },
  { name: "CockroachDB" },
  { name: "ClickHouse" },
  { name: "InfluxDB" },
  { name: "TimescaleDB" },
  { name: "Supabase" },
  { name: "Firebase" },
  { name: "Firestore" },
  { name: "Cosmos DB", aliases: ["Azure Cosmos DB"] },
  { name: "NoSQL" },
  { name: "Vector databases", aliases: ["vector database", "vector DB", "vector store"] },

  // Messaging and streaming
  { name: "Kafka", aliases: ["Apache Kafka", "Kafka Streams"] },
  { name: "RabbitMQ" },
  { name: "ActiveMQ" },
  { name: "NATS", ambiguous: { forms: ["NATS"] } },
  { name: "Apache Pulsar", aliases: ["Pulsar"] },
  { name: "MQTT" },
  { name: "Amazon SQS", aliases: ["SQS"] },
  { name: "Amazon SNS", aliases: ["SNS"] },
  { name: "Kinesis", aliases: ["Amazon Kinesis"] },
  { name: "Pub/Sub", aliases: ["Google Pub/Sub", "PubSub"] },
  { name: "Message queues", aliases: ["message queue", "message broker", "message queuing"] },

  // Cloud platforms and services
  { name: "AWS", aliases: ["Amazon Web Services"] },
  { name: "GCP", aliases: ["Google Cloud", "Google Cloud Platform"] },
  { name: "Azure", aliases: ["Microsoft Azure"] },
  { name: "AWS Lambda", aliases: ["Lambda"], ambiguous: { forms: ["Lambda"] } },
  { name: "Amazon S3", aliases: ["S3"] },
  { name: "Amazon EC2", aliases: ["EC2"] },
  { name: "Amazon ECS", aliases: ["ECS"] },
  { name: "Amazon EKS", aliases: ["EKS"] },
  { name: "AWS Fargate", aliases: ["Fargate"] },
  { name: "Amazon RDS", aliases: ["RDS"] },
  { name: "Amazon Aurora", aliases: ["Aurora"], ambiguous: { forms: ["Aurora"] } },
  { name: "CloudWatch" },
  { name: "AWS IAM", aliases: ["IAM"] },
  { name: "CloudFormation" },
  { name: "AWS CDK", aliases: ["CDK"] },
  { name: "GKE" },
  { name: "AKS" },
  { name: "Cloud Run" },
  { name: "Azure Functions" },
  { name: "BigQuery" },
  { name: "Cloud Spanner", aliases: ["Spanner"] },
  { name: "Heroku" },
  { name: "Vercel" },
  { name: "Cloudflare", aliases: ["Cloudflare Workers"] },
  { name: "OpenShift" },
  { name: "Serverless" },

  // Containers, infrastructure, delivery
  { name: "Docker", aliases: ["Dockerfile"] },
  { name: "Docker Compose" },
  { name: "Kubernetes", aliases: ["k8s"] },
  { name: "Helm", ambiguous: { forms: ["Helm"], notAfter: ["the", "at"] } },
  { name: "Terraform" },
  { name: "Pulumi" },
  { name: "Ansible" },
  { name: "Chef", ambiguous: { forms: ["Chef"] } },
  { name: "Puppet", ambiguous: { forms: ["Puppet"] } },
  { name: "Infrastructure as Code", aliases: ["IaC"] },
  { name: "GitOps" },
  { name: "Argo CD", aliases: ["Argo"] },
  { name: "CI/CD", aliases: ["CI", "CD", "continuous integration", "continuous delivery", "continuous deployment"] },
  { name: "Jenkins" },
  { name: "GitHub Actions" },
  { name: "GitLab CI", aliases: ["GitLab CI/CD"] },
  { name: "CircleCI" },
  { name: "Git" },
  { name: "GitHub" },
  { name: "GitLab" },
  { name: "Bitbucket" },
  { name: "Maven" },
  { name: "Gradle" },
  { name: "Linux" },
  { name: "Nginx" },
  { name: "Envoy", ambiguous: { forms: ["Envoy"] } },
  { name: "Istio" },
  { name: "Service mesh" },
  { name: "Consul", ambiguous: { forms: ["Consul"] } },
  { name: "Vault", aliases: ["HashiCorp Vault"], ambiguous: { forms: ["Vault"] } },

  // Observability
  { name: "Observability" },
  { name: "OpenTelemetry", aliases: ["OTel"] },
  { name: "Prometheus" },
  { name: "Grafana" },
  { name: "Datadog" },
  { name: "New Relic" },
  { name: "Sentry" },
  { name: "Splunk" },
  { name: "ELK", aliases: ["ELK stack", "Elastic Stack"] },
  { name: "Distributed tracing" },

  // APIs, protocols, auth
  {
    name: "REST",
    aliases: ["RESTful", "REST API", "RESTful API"],
    ambiguous: { forms: ["REST", "Rest"], notBefore: ["assured", "of", "easy", "day", "days", "period", "periods"] },
  },
  { name: "GraphQL" },
  { name: "gRPC" },
  { name: "SOAP", ambiguous: { forms: ["SOAP"] } },
  { name: "Protocol Buffers", aliases: ["Protobuf"] },
  { name: "WebSocket", aliases: ["web socket"] },
  { name: "Server-Sent Events", aliases: ["SSE"] },
  { name: "Webhooks" },
  { name: "OpenAPI", aliases: ["Swagger"] },
  { name: "OAuth", aliases: ["OAuth2", "OAuth 2.0"] },
  { name: "OpenID Connect", aliases: ["OIDC"] },
  { name: "JWT", aliases: ["JSON Web Token"] },
  { name: "SAML" },
  { name: "SSO", aliases: ["single sign-on"] },
  { name: "CORS" },
  { name: "WebAssembly", aliases: ["Wasm"] },

  // Architecture and practices
  { name: "Microservices", aliases: ["microservice architecture", "micro-services"] },
  { name: "Event-driven architecture", aliases: ["event-driven", "EDA"] },
  { name: "Event sourcing" },
  { name: "CQRS" },
  { name: "Domain-driven design", aliases: ["DDD"] },
  { name: "Distributed systems" },
  { name: "System design" },
  { name: "Caching" },
  { name: "Load balancing", aliases: ["load balancer"] },
  { name: "DevOps" },
  { name: "SRE", aliases: ["site reliability engineering", "site reliability"] },
  { name: "TDD", aliases: ["test-driven development"] },
  { name: "BDD", aliases: ["behavior-driven development", "behaviour-driven development"] },
  { name: "Unit testing", aliases: ["unit tests"] },
  { name: "Integration testing", aliases: ["integration tests"] },
  { name: "E2E testing", aliases: ["E2E"] },
  { name: "Agile" },
  { name: "Scrum" },
  { name: "Kanban" },
  { name: "Code review", aliases: ["code reviews"] },

  // Testing tools
  { name: "Jest", ambiguous: { forms: ["Jest"] } },
  { name: "Vitest" },
  { name: "Cypress" },
  { name: "Playwright" },
  { name: "Selenium" },
  { name: "pytest" },
  { name: "JUnit" },

  // Data and machine learning
  { name: "Machine learning", aliases: ["ML"] },
  { name: "AI", aliases: ["artificial intelligence"] },
  { name: "LLM", aliases: ["large language model", "LLMs"] },
  { name: "RAG", aliases: ["retrieval-augmented generation"] },
  { name: "NLP", aliases: ["natural language processing"] },
  { name: "PyTorch" },
  { name: "TensorFlow" },
  { name: "scikit-learn", aliases: ["sklearn"] },
  { name: "Pandas" },
  { name: "NumPy" },
  { name: "LangChain" },
  { name: "Hugging Face" },
  { name: "OpenAI API", aliases: ["OpenAI"] },
  { name: "ETL", aliases: ["ELT"] },
  { name: "Data pipelines", aliases: ["data pipeline"] },
  {
    name: "Apache Spark",
    aliases: ["Spark", "PySpark"],
    ambiguous: { forms: ["Spark"], notBefore: ["joy", "curiosity", "innovation", "change", "conversations", "ideas", "interest"] },
  },
  { name: "Hadoop" },
  { name: "Apache Flink", aliases: ["Flink"] },
  { name: "Airflow", aliases: ["Apache Airflow"] },
  { name: "dbt" },
  { name: "Snowflake", ambiguous: { forms: ["Snowflake"] } },
  { name: "Databricks" },
  { name: "Redshift", aliases: ["Amazon Redshift"] },

  // Security and compliance
  { name: "OWASP" },
  { name: "Zero trust" },
  { name: "SOC 2", aliases: ["SOC2"] },
  { name: "PCI DSS", aliases: ["PCI"] },
  { name: "HIPAA" },
  { name: "GDPR" },
];
