/**
 * A dozen invented specialists for the demo catalogue. Names and biographies are fictional; the
 * Russian-speaking ones write in Russian, as they would for the source service's users.
 */
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";
import type { Language, Method, Topic } from "@/lib/catalogue/vocabulary";

export interface DemoPsychologist {
  email: string;
  displayName: string;
  gender: "female" | "male";
  experienceYears: number;
  timeZone: string;
  directions: Direction[];
  formats: SessionFormat[];
  languages: Language[];
  methods: Method[];
  topics: Topic[];
  shortBio: string;
  longBio: string;
  /** The language the bios are written in. */
  bioLanguage: "en" | "ru";
  qualifications: { kind: "education" | "certification" | "membership"; title: string; institution: string; year: number; verified: boolean }[];
  /** Weekly hours in the specialist's time zone: [ISO weekday, start hour, end hour]. */
  hours: [number, number, number][];
}

const WEEKDAYS_9_TO_17: [number, number, number][] = [1, 2, 3, 4, 5].map((d) => [d, 9, 17]);

export const DEMO_PSYCHOLOGISTS: DemoPsychologist[] = [
  {
    email: "psychologist@harbor.test",
    displayName: "Anna Virtanen",
    gender: "female",
    experienceYears: 12,
    timeZone: "Europe/Helsinki",
    directions: ["psychology"],
    formats: ["chat", "audio", "video"],
    languages: ["en", "fi", "sv"],
    methods: ["cbt", "act", "mindfulness"],
    topics: ["anxiety", "stress_burnout", "sleep", "low_mood"],
    shortBio: "Clinical psychologist helping people untangle stress, anxiety and sleep trouble with practical CBT tools.",
    longBio:
      "I have worked with adults for twelve years, first in occupational health and then in private practice. Most people come to me when work stress starts spilling into sleep and relationships. Together we look at what keeps the cycle going and practise small, concrete changes between sessions. I am direct, warm, and I will not ask you to talk about anything you are not ready for.",
    bioLanguage: "en",
    qualifications: [
      { kind: "education", title: "MA in Psychology", institution: "University of Helsinki", year: 2012, verified: true },
      { kind: "certification", title: "Licensed psychologist (Valvira)", institution: "Valvira", year: 2013, verified: true },
      { kind: "certification", title: "CBT practitioner training", institution: "Finnish Cognitive Psychotherapy Association", year: 2016, verified: true },
    ],
    hours: WEEKDAYS_9_TO_17,
  },
  {
    email: "marek.kowalski@harbor.test",
    displayName: "Marek Kowalski",
    gender: "male",
    experienceYears: 8,
    timeZone: "Europe/Warsaw",
    directions: ["psychology"],
    formats: ["audio", "video"],
    languages: ["pl", "en"],
    methods: ["gestalt", "psychodynamic"],
    topics: ["relationships", "self_esteem", "low_mood", "grief"],
    shortBio: "Gestalt therapist for relationship difficulties, self-esteem and times of loss.",
    longBio:
      "My work is about noticing what happens here and now: in your body, in your relationships, in the way you talk about yourself. I work with couples' issues from one partner's side, with loss, and with the quiet voice that says you are not good enough.",
    bioLanguage: "en",
    qualifications: [
      { kind: "education", title: "MA in Psychology", institution: "University of Warsaw", year: 2015, verified: true },
      { kind: "certification", title: "Gestalt psychotherapy (4-year programme)", institution: "Gestalt Institute Kraków", year: 2019, verified: true },
    ],
    hours: [
      [1, 12, 20],
      [2, 12, 20],
      [3, 12, 20],
      [4, 12, 20],
    ],
  },
  {
    email: "elena.sokolova@harbor.test",
    displayName: "Елена Соколова",
    gender: "female",
    experienceYears: 15,
    timeZone: "Europe/Helsinki",
    directions: ["psychology"],
    formats: ["chat", "video"],
    languages: ["ru", "en", "fi"],
    methods: ["systemic", "solution_focused"],
    topics: ["family", "parenting", "relationships", "stress_burnout"],
    shortBio: "Семейный психолог: воспитание детей, пары и семьи в период перемен.",
    longBio:
      "Помогаю семьям и отдельным людям пройти через переезд, расставание, рождение ребёнка и подростковый возраст детей. Системный подход означает, что мы смотрим на всю картину, а не только на того, кому сейчас тяжелее всех. Консультирую на русском, английском и финском.",
    bioLanguage: "ru",
    qualifications: [
      { kind: "education", title: "Specialist degree in Psychology", institution: "Saint Petersburg State University", year: 2008, verified: true },
      { kind: "certification", title: "Systemic family therapy", institution: "Institute of Family Therapy", year: 2012, verified: true },
    ],
    hours: WEEKDAYS_9_TO_17,
  },
  {
    email: "mikko.laine@harbor.test",
    displayName: "Mikko Laine",
    gender: "male",
    experienceYears: 6,
    timeZone: "Europe/Helsinki",
    directions: ["psychology"],
    formats: ["chat", "audio", "video"],
    languages: ["fi", "en"],
    methods: ["cbt", "coaching", "solution_focused"],
    topics: ["stress_burnout", "work_conflict", "career", "sleep"],
    shortBio: "Work psychologist for burnout, conflict at work and career crossroads.",
    longBio:
      "Before becoming a psychologist I spent years in software teams, so I know how deadlines and on-call duty feel. I focus on what you can change this week, and on boundaries that hold.",
    bioLanguage: "en",
    qualifications: [
      { kind: "education", title: "MSc in Work and Organisational Psychology", institution: "University of Jyväskylä", year: 2018, verified: true },
      { kind: "certification", title: "Licensed psychologist (Valvira)", institution: "Valvira", year: 2019, verified: false },
    ],
    hours: [
      [1, 8, 16],
      [2, 8, 16],
      [3, 8, 16],
      [4, 8, 16],
      [5, 8, 12],
    ],
  },
  {
    email: "zofia.nowak@harbor.test",
    displayName: "Zofia Nowak",
    gender: "female",
    experienceYears: 10,
    timeZone: "Europe/Warsaw",
    directions: ["psychology"],
    formats: ["audio", "video"],
    languages: ["pl", "en", "de"],
    methods: ["emdr", "cbt"],
    topics: ["anxiety", "grief", "low_mood", "self_esteem"],
    shortBio: "Trauma-informed therapist using EMDR and CBT for anxiety and difficult memories.",
    longBio:
      "I work with people whose past keeps showing up in the present: panic, intrusive memories, a constant sense of threat. EMDR and CBT give us structured ways to make those memories less loud.",
    bioLanguage: "en",
    qualifications: [
      { kind: "education", title: "MA in Clinical Psychology", institution: "Jagiellonian University", year: 2013, verified: true },
      { kind: "certification", title: "EMDR Europe accredited practitioner", institution: "EMDR Europe", year: 2017, verified: true },
    ],
    hours: WEEKDAYS_9_TO_17,
  },
  {
    email: "dmitri.orlov@harbor.test",
    displayName: "Дмитрий Орлов",
    gender: "male",
    experienceYears: 18,
    timeZone: "Europe/Helsinki",
    directions: ["psychology"],
    formats: ["chat", "audio", "video"],
    languages: ["ru", "en"],
    methods: ["psychodynamic", "mindfulness"],
    topics: ["addiction", "low_mood", "relationships", "anxiety"],
    shortBio: "Психотерапевт с большим опытом работы с привычками, зависимостями и подавленным настроением.",
    longBio:
      "Изменить привычку — редко вопрос силы воли. Мы разберёмся, что привычка даёт вам, и найдём другие способы это получить. Работал с алкоголем, азартными и компьютерными играми, переработками — всегда без осуждения.",
    bioLanguage: "ru",
    qualifications: [
      { kind: "education", title: "Specialist degree in Clinical Psychology", institution: "Moscow State University", year: 2006, verified: true },
      { kind: "membership", title: "Member, European Association for Psychotherapy", institution: "EAP", year: 2014, verified: true },
    ],
    hours: [
      [1, 10, 18],
      [3, 10, 18],
      [5, 10, 18],
      [6, 10, 14],
    ],
  },
  {
    email: "laura.makinen@harbor.test",
    displayName: "Laura Mäkinen",
    gender: "female",
    experienceYears: 4,
    timeZone: "Europe/Helsinki",
    directions: ["psychology"],
    formats: ["chat", "video"],
    languages: ["fi", "en", "sv"],
    methods: ["act", "mindfulness"],
    topics: ["stress_burnout", "self_esteem", "sleep", "career"],
    shortBio: "ACT-oriented psychologist for stress, perfectionism and finding direction.",
    longBio:
      "I help people who hold themselves to impossible standards. ACT is about making room for difficult thoughts and still moving towards what matters to you.",
    bioLanguage: "en",
    qualifications: [{ kind: "education", title: "MA in Psychology", institution: "Åbo Akademi University", year: 2021, verified: true }],
    hours: WEEKDAYS_9_TO_17,
  },
  {
    email: "tomasz.wisniewski@harbor.test",
    displayName: "Tomasz Wiśniewski",
    gender: "male",
    experienceYears: 11,
    timeZone: "Europe/Warsaw",
    directions: ["psychology"],
    formats: ["audio", "video"],
    languages: ["pl", "en"],
    methods: ["cbt", "solution_focused"],
    topics: ["anxiety", "work_conflict", "stress_burnout", "parenting"],
    shortBio: "CBT psychologist for anxiety, panic and the pressure of work and family at once.",
    longBio: "Short, structured, goal-oriented work. We agree on what you want to change and measure whether it is changing.",
    bioLanguage: "en",
    qualifications: [
      { kind: "education", title: "MA in Psychology", institution: "Adam Mickiewicz University", year: 2014, verified: true },
      {
        kind: "certification",
        title: "Certified CBT therapist (PTTPB)",
        institution: "Polish Association for Cognitive and Behavioural Therapy",
        year: 2018,
        verified: true,
      },
    ],
    hours: [
      [2, 9, 17],
      [3, 9, 17],
      [4, 9, 17],
      [5, 9, 17],
    ],
  },
  {
    email: "irina.volkova@harbor.test",
    displayName: "Ирина Волкова",
    gender: "female",
    experienceYears: 9,
    timeZone: "Europe/Helsinki",
    directions: ["legal"],
    formats: ["chat", "audio", "video"],
    languages: ["ru", "en", "fi"],
    methods: ["mediation"],
    topics: ["employment_law", "family_law", "housing_law"],
    shortBio: "Юрист: трудовые договоры, семейные вопросы и споры об аренде жилья.",
    longBio:
      "Простыми словами объясню, какое у вас правовое положение и какие есть варианты — от письма арендодателю до соглашения при разводе. Консультации конфиденциальны и носят общий характер; если понадобится представитель, подскажу, куда обратиться.",
    bioLanguage: "ru",
    qualifications: [
      { kind: "education", title: "Master of Laws (LL.M.)", institution: "University of Helsinki", year: 2015, verified: true },
      { kind: "membership", title: "Member, Finnish Bar Association", institution: "Finnish Bar Association", year: 2018, verified: true },
    ],
    hours: WEEKDAYS_9_TO_17,
  },
  {
    email: "piotr.zielinski@harbor.test",
    displayName: "Piotr Zieliński",
    gender: "male",
    experienceYears: 14,
    timeZone: "Europe/Warsaw",
    directions: ["legal"],
    formats: ["audio", "video"],
    languages: ["pl", "en", "de"],
    methods: ["mediation"],
    topics: ["employment_law", "housing_law", "debt"],
    shortBio: "Employment and consumer lawyer: contracts, dismissals, debt collection.",
    longBio: "Fourteen years of advising employees and consumers. Bring your documents; we will read them together.",
    bioLanguage: "en",
    qualifications: [
      { kind: "education", title: "Master of Laws", institution: "University of Wrocław", year: 2010, verified: true },
      { kind: "membership", title: "Attorney-at-law (radca prawny)", institution: "National Chamber of Legal Advisers", year: 2013, verified: true },
    ],
    hours: [
      [1, 9, 15],
      [2, 9, 15],
      [4, 9, 15],
    ],
  },
  {
    email: "sara.lindqvist@harbor.test",
    displayName: "Sara Lindqvist",
    gender: "female",
    experienceYears: 7,
    timeZone: "Europe/Stockholm",
    directions: ["financial"],
    formats: ["chat", "audio", "video"],
    languages: ["sv", "en", "fi"],
    methods: ["financial_planning", "coaching"],
    topics: ["budgeting", "debt", "career"],
    shortBio: "Financial counsellor for budgets, debt plans and big money decisions.",
    longBio: "No products, no sales: I help you see your money clearly, make a plan for debts and decide calmly about loans, savings and big purchases.",
    bioLanguage: "en",
    qualifications: [
      { kind: "certification", title: "Certified Financial Planner (CFP)", institution: "FPSB", year: 2019, verified: true },
      { kind: "education", title: "BSc in Economics", institution: "Stockholm University", year: 2016, verified: true },
    ],
    hours: WEEKDAYS_9_TO_17,
  },
  {
    email: "olga.petrova@harbor.test",
    displayName: "Ольга Петрова",
    gender: "female",
    experienceYears: 5,
    timeZone: "Europe/Helsinki",
    directions: ["financial", "psychology"],
    formats: ["chat", "audio"],
    languages: ["ru", "en"],
    methods: ["coaching", "cbt"],
    topics: ["debt", "budgeting", "stress_burnout", "anxiety"],
    shortBio: "Психолог и финансовый коуч: денежные тревоги и стресс, который они приносят.",
    longBio: "Тревога о деньгах редко бывает только о деньгах. Мы поработаем и с цифрами, и с беспокойством вокруг них — на русском или английском.",
    bioLanguage: "ru",
    qualifications: [
      { kind: "education", title: "MA in Psychology", institution: "Higher School of Economics", year: 2020, verified: true },
      { kind: "certification", title: "Financial coaching certificate", institution: "Financial Coaching Institute", year: 2022, verified: false },
    ],
    hours: [
      [1, 14, 20],
      [2, 14, 20],
      [3, 14, 20],
      [4, 14, 20],
    ],
  },
];
