/**
 * "transgender" set. Messages from transgender and non-binary people and their families: hormone therapy with a
 * condition or another medicine, screening after transition, inherited conditions and fertility, finding doctors.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds.
 * Scored once, before any change made for it (focus 1.000, type F1 0.883). Scored by transgender.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --transgender --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TRANSGENDER_MESSAGES: ConsumerMessage[] = [
  // why: "is it safe for someone with factor V Leiden to take estrogen" asks only whether she may take the medicine: a precaution
  {
    subject: 'estrogen and factor V leiden',
    message:
      "I'm a trans woman, 34, and last year I found out I'm heterozygous for factor V Leiden after my mom had a clot in her leg. My GP has gone quiet about prescribing now. Is it safe at all for someone with factor V Leiden to take estrogen, even as a patch?",
    focus: 'estrogen',
    types: ['contraindications'],
  },
  // why: "what is klinefelter syndrome" asks what the condition is; the karyotype is story
  {
    message:
      "what is klinefelter syndrome?? my kid just came out as nonbinary and the endo ordered a karyotype and said it might be this. i'd never heard of it",
    focus: 'klinefelter syndrome',
    types: ['information'],
  },
  // why: more phlebotomies asks managing it (treatment); liver damage from high ferritin asks a complication
  {
    message:
      "Hi, I have hereditary hemochromatosis (C282Y/C282Y) and I'm a trans man, 8 months on testosterone. My periods have stopped, which my hematologist says was probably helping keep my iron down. Will I need phlebotomies more often now? And if my ferritin keeps climbing, can it damage my liver?",
    focus: 'hereditary hemochromatosis',
    types: ['treatment', 'complications'],
  },
  // why: "how common" asks frequency; "which gene" asks genetic changes
  {
    message: 'how common is androgen insensitivity syndrome and which gene is it in',
    focus: 'androgen insensitivity syndrome',
    types: ['frequency', 'genetic_changes'],
  },
  // why: PCOS leading to diabetes is another problem it leads to (complications); a diet that helps is lifestyle
  {
    subject: 'PCOS questions',
    message:
      "I'm nonbinary (AFAB, they/them) and I have polycystic ovary syndrome. I'm thinking about low dose T but that's a seperate conversation with my doctor. Does PCOS make me more likely to get type 2 diabetes down the road? Is there a diet that actually helps?",
    focus: 'polycystic ovary syndrome',
    types: ['complications', 'lifestyle'],
  },
  // why: mammograms asks screening (diagnosis); risk from estrogen asks whether an exposure raises the risk (susceptibility); genetic counseling is find_specialist
  {
    subject: 'Family history of breast cancer, trans woman on HRT',
    message:
      "My mother had breast cancer at 41 and her sister had it at 50. I'm a trans woman and I've been on estradiol for six years, and I've developed real breasts. Do I need to start getting mammograms now, and at what age? Is my risk of breast cancer higher because of the hormones? I'd also like to see a genetic counselor about the family history but I'm nervous about being misgendered - is there a way to find one who works with trans patients?",
    focus: 'breast cancer',
    types: ['diagnosis', 'susceptibility', 'find_specialist'],
  },
  // why: "still need screening" is diagnosis; "less likely to get it after orchiectomy" asks who is at risk (susceptibility)
  {
    message:
      'Do trans women still need to be screened for prostate cancer after an orchiectomy and 15 years of estrogen? Is it less likely to happen to us?',
    focus: 'prostate cancer',
    types: ['diagnosis', 'susceptibility'],
  },
  // why: "is that from the spironolactone" asks whether a problem comes from the medicine
  {
    subject: 'spiro question',
    message:
      'been on 100mg spiro for 3 weeks, peeing constantly and dizzy when i stand up. is that from the spironolactone',
    focus: 'spironolactone',
    types: ['side_effects'],
  },
  // why: "what is it normally used for" is indication; bone density effect is side effects; insurance cover is other
  {
    message:
      'Our 12-year-old daughter is trans and her endocrinologist wants to start Lupron as a puberty blocker. We want to understand it better before we agree. What is Lupron normally used for, and how does it stop puberty? Does it weaken her bones over time? Also, our insurance company keeps sending letters - do insurers usually cover it for this, or will we have to fight them?',
    focus: 'Lupron',
    types: ['indication', 'side_effects', 'other'],
  },
  // why: switching to testosterone asks how it is managed (treatment); heart problems it causes are complications; a clinic that knows both is find_specialist
  {
    subject: 'Turner syndrome and transitioning FTM',
    message:
      "I was diagnosed with Turner syndrome when I was 11 and was raised as a girl, but I'm a man and I've known for a long time. I've been on estrogen replacement since I was 13. Can I switch to testosterone instead of estrogen for my Turner syndrome, or does it have to be estrogen? I also know Turner can affect the heart - what heart problems should I keep getting checked for as an adult? And is there anywhere that knows both Turner and trans care? Every doctor I see only knows one of the two.",
    focus: 'Turner syndrome',
    types: ['treatment', 'complications', 'find_specialist'],
  },
  // why: "is it inherited" asks whether it runs in families
  {
    message:
      'Is gender dysphoria inherited? My younger brother and I are both trans and our parents keep asking whose side it came from lol',
    focus: 'gender dysphoria',
    types: ['inheritance'],
  },
  // why: estrogen lowering lamotrigine levels is an interaction; needing a higher dose is drug usage
  {
    message:
      "I'm a trans woman with epilepsy, well controlled on lamotrigine 200mg for years. I start estradiol next month. I read that estrogen can lower lamotrigine levels in the blood - is that true? Will I need a higher dose?",
    focus: 'lamotrigine',
    types: ['interactions', 'drug_usage'],
  },
  // why: Truvada with estrogen, either way round, is one question about interactions
  {
    subject: 'prep + hrt',
    message:
      "can i take truvada while im on estrogen? worried it'll lower my hormone levels, or that the estrogen makes my prep work less",
    focus: 'truvada',
    types: ['interactions'],
  },
  // why: whether testosterone brings on crises is cause (what brings on attacks); avoiding crises is prevention; studies is research
  {
    subject: 'Testosterone with sickle cell',
    message:
      "I'm 26, trans masc, and I have sickle cell disease (HbSS). I want to start testosterone but my hematologist is worried because T raises hemoglobin and he thinks it could thicken my blood. Can testosterone bring on pain crises? If I do start, what can I do to keep from having crises? Are there any studies on trans people with sickle cell disease on hormones? I couldn't find anything.",
    focus: 'sickle cell disease',
    types: ['cause', 'prevention', 'research'],
  },
  // why: looking for an endocrinologist who knows CAH is find_specialist
  {
    message:
      'where can i find an endocronologist who knows about congenital adrenal hyperplasia and also does gender affirming care. im in ohio',
    focus: 'congenital adrenal hyperplasia',
    types: ['find_specialist'],
  },
  // why: chance our baby has CF is inheritance; newborn testing is diagnosis; a fertility clinic that knows CF is find_specialist
  {
    subject: 'Sperm banking with CF before HRT',
    message:
      "Hello. I'm a trans woman with cystic fibrosis and I want to bank sperm before I start hormones. My wife had carrier testing and she is a carrier too. What is the chance our baby would have cystic fibrosis? Would the baby be tested for it at birth? And can anyone recommend a fertility clinic that has experience with CF? The one we went to didn't seem to know that men with CF usually need a special procedure.",
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: testing embryos is diagnosis; the odds of carrying the gene from dad is inheritance
  {
    message:
      "My dad was diagnosed with Huntington disease last year. I'm nonbinary and planning to freeze eggs before starting testosterone. Can embryos be tested for Huntington disease before transfer? and what are the odds that I carry it myself",
    focus: 'Huntington disease',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "what are the treatment options" asks treatment
  {
    message:
      'Im a trans woman, had an orchiectomy 10 yrs ago and went off estrogen for a few years when I lost my insurance. Just got diagnosed with osteoporosis at 45 after breaking my wrist. what are the treatment options',
    focus: 'osteoporosis',
    types: ['treatment'],
  },
  // why: "how does it work" is indication; depression and sexual problems from it are side effects
  {
    subject: 'finasteride for hair loss on T',
    message:
      "Trans guy here, 3 years on T and my hairline is going fast. My doctor mentioned finasteride. How does finasteride actually work? I've read it can cause depression and sexual problems, is that true? I already struggle with my mood.",
    focus: 'finasteride',
    types: ['indication', 'side_effects'],
  },
  // why: "does it contain latex" asks what the medicine contains
  {
    message: 'do the estradiol patches contain latex? i have a pretty bad latex allergy',
    focus: 'estradiol',
    types: ['ingredients'],
  },
  // why: estrogen instead of testosterone to start puberty is treatment; "is it inherited" is inheritance; whether the younger son should be tested is diagnosis
  {
    subject: 'Kallmann syndrome - trans daughter',
    message:
      "Our child was born with Kallmann syndrome and was assigned male. She is 15 now and has told us she is a girl. Because she will never go through puberty on her own, she'll need hormones either way. Can she be given estrogen instead of testosterone to start puberty? Her endocrinologist seemed unsure. We've also been wondering if Kallmann syndrome is inherited, and whether our younger son should be tested, because he can't smell anything either.",
    focus: 'Kallmann syndrome',
    types: ['treatment', 'inheritance', 'diagnosis'],
  },
  // why: whether estrogen sets off attacks is cause (what brings on attacks); keeping attacks away is prevention
  {
    message:
      'Trans woman with hereditary angioedema, on estradiol since March. My swelling attacks have gone from maybe 2 a year to almost every month. Is estrogen known to set off HAE attacks? What can I do to stop them happening so often?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: whether testosterone is safe with AIP asks who should not take the medicine
  {
    message:
      'is testosterone safe for someone with acute intermittent porphyria? i read that hormones can trigger attacks and now im scared to start',
    focus: 'testosterone',
    types: ['contraindications'],
  },
  // why: worse healing and scarring after surgery are complications; surgeons who know EDS is find_specialist
  {
    subject: 'top surgery with EDS',
    message:
      "I have hypermobile Ehlers-Danlos syndrome and I'm on the waiting list for top surgery. Does Ehlers-Danlos syndrome make healing and scarring worse after an operation like this? Are there surgeons who have experience with EDS patients? I'd travel.",
    focus: 'Ehlers-Danlos syndrome',
    types: ['complications', 'find_specialist'],
  },
  // why: whether carriers get symptoms is symptoms; chance the baby has it is inheritance; enzyme replacement is treatment
  {
    message:
      "My brother was diagnosed with Fabry disease and then testing showed I'm a carrier. I'm a trans man (XX) and I haven't ruled out carrying a pregnancy one day. My doctors keep calling me a \"female carrier\" and talking as if I can't be affected. Do carriers actually get symptoms of Fabry disease? If I do carry a pregnancy, what are the chances my baby has it? And is enzyme replacement an option for carriers, or only for men like my brother?",
    focus: 'Fabry disease',
    types: ['symptoms', 'inheritance', 'treatment'],
  },
  // why: asking what it is and how it differs from AIS is information
  {
    message:
      'what is 5-alpha reductase deficiency and how is it different from androgen insensitivity syndrome?',
    focus: '5-alpha reductase deficiency',
    types: ['information'],
  },
  // why: liver harm from the medicine is side effects; taking it with food and missing a dose are drug usage
  {
    message:
      "My daughter's doctor suggested bicalutamide as her blocker instead of spironolactone. Is it hard on the liver? Should she take it with food, and what if she forgets a dose",
    focus: 'bicalutamide',
    types: ['side_effects', 'drug_usage'],
  },
  // why: refrigerating vials and getting rid of needles are both storage/disposal
  {
    subject: 'storing T',
    message:
      'Do my testosterone cypionate vials need to be refrigerated? And what am I supposed to do with the used needles, can they go in the trash',
    focus: 'testosterone',
    types: ['storage_disposal'],
  },
  // why: "is there a link between hormone therapy and meningioma" is association; "will it grow" asks the course (prognosis)
  {
    subject: 'Meningioma found on MRI',
    message:
      "I'm a trans woman and an MRI for headaches found a small meningioma, about 1cm. The neurologist said not to worry but asked about my hormones. Is there a link between hormone therapy and meningioma? Will it grow if I stay on estrogen?",
    focus: 'meningioma',
    types: ['association', 'prognosis'],
  },
  // why: a link between autism and being trans is association
  {
    message:
      "Is there a link between autism and gender dysphoria? My son is autistic and just told us he's a girl",
    focus: 'autism',
    types: ['association'],
  },
  // why: estrogen changing the levothyroxine dose needed is an interaction; taking it at night is drug usage
  {
    message:
      "I've taken levothyroxine for hypothyroidism since my 20s. Since starting estrogen my TSH has gone up. Does estrogen change how much levothyroxine I need? Also is it ok to take my levo at night instead of first thing in the morning?",
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  // why: hysterectomy to prevent cancer is prevention; screening is diagnosis; chance the kids get it is inheritance
  {
    message:
      "I'm a trans man with Lynch syndrome, still have my uterus and ovaries. I'm 31 and on T for 4 years. My gyn wants me to think about a hysterectomy. What can I do to prevent cancer with Lynch syndrome, and would a hysterectomy make sense for me? What screening should I be getting, since pelvic exams are really hard for me? And what are the chances my kids get Lynch syndrome if I use my eggs?",
    focus: 'Lynch syndrome',
    types: ['prevention', 'diagnosis', 'inheritance'],
  },
  // why: support groups is find_specialist
  {
    message:
      "are there support groups for people with MRKH syndrome who are nonbinary? the groups ive found are very 'womanhood' focused",
    focus: 'MRKH syndrome',
    types: ['find_specialist'],
  },
  // why: "is there a connection between testosterone and HS" is association; treatments besides antibiotics is treatment
  {
    subject: 'HS flaring on T',
    message:
      "my hidradenitis suppurativa got way worse after i started testosterone, new abscesses in my armpits and groin every few weeks. is there a connection between testosterone and HS? what treatments are there besides antibiotics, they've done nothing",
    focus: 'hidradenitis suppurativa',
    types: ['association', 'treatment'],
  },
  // why: "what are the warning signs" asks the signs of the condition
  {
    message:
      "I'm starting estrogen next week and my clinic told me to watch out for blood clots. What are the warning signs of a deep vein thrombosis?",
    focus: 'deep vein thrombosis',
    types: ['symptoms'],
  },
  // why: using testosterone for the bleeding is treatment; hereditary and kids is inheritance; hematologists who understand trans patients is find_specialist
  {
    subject: 'vWD and wanting to start T',
    message:
      "I'm nonbinary, assigned female, and I have von Willebrand disease type 1. My periods are so heavy I've needed iron infusions, and honestly the bleeding is a big part of why I want to start testosterone. Can testosterone be used to control the heavy bleeding from von Willebrand disease? Is it hereditary - could my future kids get it? And are there hematologists who actually understand trans patients? My last one kept telling me I'd feel differently once I wanted a baby.",
    focus: 'von Willebrand disease',
    types: ['treatment', 'inheritance', 'find_specialist'],
  },
  // why: whether it is safe with kidney disease is a precaution; how it blocks testosterone is how it works (indication)
  {
    message:
      'I have chronic kidney disease, stage 3. Is spironolactone safe for me to take as an antiandrogen? And how does it actually block testosterone?',
    focus: 'spironolactone',
    types: ['contraindications', 'indication'],
  },
  // why: "will my MS progress differently" asks the course of the disease
  {
    message:
      "I have multiple sclerosis (relapsing remitting, diagnosed 2019) and I'm 1 year on testosterone. will my MS progress differently now that I'm on T?",
    focus: 'multiple sclerosis',
    types: ['prognosis'],
  },
  // why: "could I be a carrier" and the risk for our kids are inheritance; "should I get tested" is diagnosis; explaining what it is is information
  {
    subject: 'duchenne in the family',
    message:
      "My nephew was just diagnosed with Duchenne muscular dystrophy and my sister turned out to be a carrier. I'm a trans woman and my wife and I want kids. Could I be a carrier too? What's the risk for our kids? Should I get tested before we try? Also can someone explain what Duchenne muscular dystrophy actually is, everyone in the family is using different words for it.",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'diagnosis', 'information'],
  },
  // why: sertraline with estrogen is interactions; lower libido from sertraline is side effects
  {
    message:
      'im on sertraline 100mg for depression and about to start estrogen and spiro. do they interact at all? and can sertraline lower my libido even more than the hormones will',
    focus: 'sertraline',
    types: ['interactions', 'side_effects'],
  },
];
