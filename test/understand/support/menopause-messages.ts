/**
 * "menopause" set. Messages about menopause and midlife: hot flushes, HRT with a condition or another medicine,
 * early menopause from a condition or treatment, bones and heart after menopause. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.811). Scored by menopause.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --menopause --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MENOPAUSE_MESSAGES: ConsumerMessage[] = [
  // why: "what can I take for the hot flushes" asks only for treatment
  {
    subject: 'hot flushes',
    message:
      'im 52 and going through the menopause, what can i take for the hot flushes they are driving me mad',
    focus: 'menopause',
    types: ['treatment'],
  },
  // why: "will she never have periods on her own" asks a sign; "what hormone treatment and how long" asks treatment
  {
    message:
      'Our daughter is 14 and has Turner syndrome. Does Turner syndrome mean she will never start her periods on her own? What hormone treatment will she need, and for how long?',
    focus: 'Turner syndrome',
    types: ['symptoms', 'treatment'],
  },
  // why: "what is it" is information, "blood test" is diagnosis, "could my daughters have it" is inheritance
  {
    subject: 'FXPOI??',
    message:
      'My sister has a little boy with fragile X and I went through the change at 36. My doctor mentioned FXPOI. What is it exactly, is there a blood test for it, and could my two daughters have it too?',
    focus: 'FXPOI',
    types: ['information', 'diagnosis', 'inheritance'],
  },
  // why: asks only whether the hot flushes come from the medicine
  {
    message: 'does tamoxifen cause hot flushes',
    focus: 'tamoxifen',
    types: ['side_effects'],
  },
  // why: "will it thin my bones" asks a side effect; "calcium and vitamin D with it" asks interactions
  {
    message:
      'I started letrozole last spring after my breast cancer surgery. Will letrozole thin my bones? And is it ok to take calcium and vitamin D tablets with it?',
    focus: 'letrozole',
    types: ['side_effects', 'interactions'],
  },
  // why: where to put it and how often to change it are both how to use the medicine
  {
    subject: 'new patch',
    message:
      'Just been given an estradiol patch. Where on my body do I stick it and how often do I change it?',
    focus: 'estradiol patch',
    types: ['drug_usage'],
  },
  // why: "is it safe for me" with migraine is a precaution; "will it make migraines worse" asks a side effect
  {
    message:
      'I get migraines with aura and have done since my twenties. Now the flushes are awful and my GP mentioned HRT. Is HRT safe for someone with migraine with aura? Could it make the headaches worse?',
    focus: 'HRT',
    types: ['contraindications', 'side_effects'],
  },
  // why: asks what causes it, whether treatment can bring periods back, and whether it raises bone problems (a complication)
  {
    subject: 'diagnosed at 29',
    message:
      'I was diagnosed with premature ovarian failure at 29 and I am still in shock. What causes it? Is there any treatment to get my periods back? And am I going to get brittle bones because of it?',
    focus: 'premature ovarian failure',
    types: ['cause', 'treatment', 'complications'],
  },
  // why: "is there a test" and "should I get checked" both ask diagnosis
  {
    message:
      'Is there a test to find out if I have osteoporosis? Im 58, my mum broke her hip at 70 and I want to get checked',
    focus: 'osteoporosis',
    types: ['diagnosis'],
  },
  // why: standing up for 30 minutes is how to take it; "with my coffee" asks food and drink interactions
  {
    message:
      'How strict is the Fosamax thing about staying upright for 30 minutes? and can I take it with my morning coffee or does it have to be water',
    focus: 'Fosamax',
    types: ['drug_usage', 'interactions'],
  },
  // why: only asks what can be done for the heavy periods
  {
    message:
      'i have von willebrand disease type 1 and since turning 46 my periods are flooding through everything. what can be done for heavy periods with von willebrand disease?',
    focus: 'von willebrand disease',
    types: ['treatment'],
  },
  // why: "will it put me into menopause" asks a side effect; "can I have it while trying for a baby" asks a precaution
  {
    subject: 'chemo for lupus',
    message:
      'My rheumatologist wants to start cyclophosphamide for my lupus nephritis. I am 33. Will cyclophosphamide put me into menopause? Can I still have it if we are trying for a baby?',
    focus: 'cyclophosphamide',
    types: ['side_effects', 'contraindications'],
  },
  // why: "is this premature menopause" is diagnosis, "permanent" is prognosis, "what can I do for sweats" is treatment, "is HRT allowed after lymphoma" is a precaution
  {
    message:
      'I had chemo for Hodgkin lymphoma when I was 31 and my periods never came back afterwards. Is this premature menopause? Will it be permanent or can the ovaries recover? What can I do about the night sweats, and am I even allowed HRT after lymphoma?',
    focus: 'premature menopause',
    types: ['diagnosis', 'prognosis', 'treatment', 'contraindications'],
  },
  // why: asks whether the medicine is used for hot flushes, i.e. what it is for
  {
    message: 'Can venlafaxine be used for hot flushes? I cant take hormones because of a clot',
    focus: 'venlafaxine',
    types: ['indication'],
  },
  // why: "how do I know if I am in it" is diagnosis; "first signs" is symptoms
  {
    subject: 'Perimenopause?',
    message: 'How do you know if you are in perimenopause. What are the first signs. Im 43',
    focus: 'perimenopause',
    types: ['diagnosis', 'symptoms'],
  },
  // why: asks only whether menopause raises the risk of heart disease
  {
    message: "Does a woman's risk of heart disease really go up after the menopause?",
    focus: 'heart disease',
    types: ['susceptibility'],
  },
  // why: "could this be Sheehan syndrome" is diagnosis; "how is it treated" is treatment
  {
    message:
      'I lost a lot of blood when my son was born two years ago. My milk never came in and my periods have never come back, and I am tired all the time. Could this be Sheehan syndrome? How is it treated?',
    focus: 'Sheehan syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: ovaries failing is a complication of it, "can anything prevent it" is prevention, "when to start hormones" is treatment
  {
    message:
      'our daughter has classic galactosemia, she is 9. we were told most girls with it have ovaries that stop working early. is that true? can anything be done to prevent it and when should she start hormones',
    focus: 'classic galactosemia',
    types: ['complications', 'prevention', 'treatment'],
  },
  // why: asks what the medicine is for
  {
    message: 'what is evista for',
    focus: 'evista',
    types: ['indication'],
  },
  // why: "can I take it with factor V Leiden" is a precaution; "does it raise the clot risk" asks a side effect
  {
    subject: 'HRT and clotting',
    message:
      'I have factor V Leiden (heterozygous). Can I take HRT at all? Does HRT raise the risk of a clot even with a patch?',
    focus: 'HRT',
    types: ['contraindications', 'side_effects'],
  },
  // why: asks only whether the thyroid medicine can be taken together with HRT
  {
    message:
      "I'm on levothyroxine for an underactive thyroid. Is it ok to take levothyroxine along with my new HRT tablets?",
    focus: 'levothyroxine',
    types: ['interactions'],
  },
  // why: "does it go away after menopause" is the course (prognosis); "can I take HRT if I had it" is a precaution
  {
    message: "Does endometriosis go away after the menopause? And can I take HRT if I've had endo?",
    focus: 'endometriosis',
    types: ['prognosis', 'contraindications'],
  },
  // why: "will they shrink" is prognosis, "hysterectomy now" is treatment, "turn into cancer" is complications
  {
    subject: 'fibroids at 49',
    message:
      "I'm 49 with several large fibroids and very heavy bleeding, sometimes I can't leave the house. Will the fibroids shrink on their own once I hit menopause or should I just have the hysterectomy now? Also can they turn into cancer?",
    focus: 'fibroids',
    types: ['prognosis', 'treatment', 'complications'],
  },
  // why: asks only how common it is
  {
    message: 'How common is primary ovarian insufficiency in women under 40?',
    focus: 'primary ovarian insufficiency',
    types: ['frequency'],
  },
  // why: "is there a link" is association; "should I have my ovaries checked" is diagnosis
  {
    message:
      "I have Addison's disease and my endocrinologist said something about early menopause. Is there a link between Addison's disease and the ovaries stopping early? Should I be having my hormone levels checked?",
    focus: "Addison's disease",
    types: ['association', 'diagnosis'],
  },
  // why: taking it only at night is timing of the dose
  {
    message:
      'can i take gabapentin just at bedtime for the night sweats or does it need to be spread through the day',
    focus: 'gabapentin',
    types: ['drug_usage'],
  },
  // why: "is this menopause" and "blood test" are diagnosis, "will it last years" is prognosis, "diet" is lifestyle
  {
    subject: 'is this normal??',
    message:
      "Hi, I'm 47 and for the last year my periods have been all over the place, sometimes 3 weeks apart sometimes 3 months. I wake up soaked at 3am, I'm anxious for no reason and I've put on weight round my middle. Is this menopause starting? Is there a blood test that can tell me for sure? Will it go on for years? And is there anything I should change in my diet? Thank you so much, I feel like I'm going mad.",
    focus: 'menopause',
    types: ['diagnosis', 'prognosis', 'lifestyle'],
  },
  // why: asks what the condition is
  {
    message: 'What is atrophic vaginitis? my gynocologist wrote it in my notes and didnt explain',
    focus: 'atrophic vaginitis',
    types: ['information'],
  },
  // why: "safe after breast cancer" is a precaution; "how often to use it" is how to take it
  {
    message:
      'Is estrogen cream for dryness down there safe after breast cancer? If I can use it how often should I put it in?',
    focus: 'estrogen',
    types: ['contraindications', 'drug_usage'],
  },
  // why: asks what the medicine is made from
  {
    message: 'Is it true that Premarin is made from horse urine?',
    focus: 'Premarin',
    types: ['ingredients'],
  },
  // why: "what exercise is safe" is lifestyle; "will my bones get worse" is prognosis
  {
    message:
      'Just told I have osteoporosis in my spine at 61. What exercise is safe for me to do? will my bones keep getting worse even with the tablets',
    focus: 'osteoporosis',
    types: ['lifestyle', 'prognosis'],
  },
  // why: "how do we find out which type" is diagnosis, "which gene" is genetic_changes, "could her children get it" is inheritance
  {
    subject: 'BPES and the ovaries',
    message:
      'My daughter is 11 and has BPES, she has had two operations on her eyelids. I read that one type of BPES also makes the ovaries stop working early. How do we find out which type she has? Which gene is involved? And could her own children get it one day?',
    focus: 'BPES',
    types: ['diagnosis', 'genetic_changes', 'inheritance'],
  },
  // why: asks for an overview of the condition
  {
    message: 'any information on perrault syndrome',
    focus: 'perrault syndrome',
    types: ['information'],
  },
  // why: "what happens if I stop it" is stopping the medicine; "dental work while on it" is a precaution
  {
    subject: 'Prolia questions',
    message:
      "I have had 4 Prolia injections. What happens if I stop them? And can I have a tooth pulled while I'm on Prolia?",
    focus: 'Prolia',
    types: ['drug_usage', 'contraindications'],
  },
  // why: "am I at risk" is susceptibility, "can it be prevented" is prevention, "how is it picked up" is diagnosis
  {
    message:
      "i'm 55, been through the change and still smoke about 10 a day. am i at risk of osteoporosis? can it be prevented at my age and how would they pick it up",
    focus: 'osteoporosis',
    types: ['susceptibility', 'prevention', 'diagnosis'],
  },
  // why: "is that part of it" is symptoms, "will she need hormones" is treatment, "support group" is find_specialist
  {
    message:
      'Our 16 year old daughter has APECED (she has had hypoparathyroidism and thrush since she was little). Her periods started at 13 but have now stopped for 8 months. Is that part of APECED? Will she need hormone tablets? Is there a support group for families?',
    focus: 'APECED',
    types: ['symptoms', 'treatment', 'find_specialist'],
  },
  // why: "how long can I stay on it" is duration of use; "does it raise breast cancer risk" is a side effect
  {
    message:
      'How long can I safely stay on hormone replacement therapy? Does it increase the risk of breast cancer?',
    focus: 'hormone replacement therapy',
    types: ['drug_usage', 'side_effects'],
  },
  // why: asks only what can be done about it
  {
    message:
      'ever since menopause i leak when i cough or laugh. what can be done for stress urinary incontinence besides pads',
    focus: 'stress urinary incontinence',
    types: ['treatment'],
  },
  // why: "more at risk now periods stopped" is susceptibility, "should I be tested" is diagnosis, "what signs" is symptoms
  {
    subject: 'iron overload after menopause',
    message:
      "My brother was diagnosed with hemochromatosis last year. I'm 53 and my periods stopped 18 months ago. Now that I don't lose blood every month am I more at risk of iron building up? Should I be tested, and what symptoms should I look out for?",
    focus: 'hemochromatosis',
    types: ['susceptibility', 'diagnosis', 'symptoms'],
  },
  // why: "any clinical trials" is research; "specialist clinic" is find_specialist
  {
    message:
      'Are there any clinical trials for POI? things like ovarian rejuvination or stem cells. Also is there a specialist clinic for POI in the north of England',
    focus: 'POI',
    types: ['research', 'find_specialist'],
  },
];
