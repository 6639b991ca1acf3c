/**
 * "genetherapy" set. Messages about new and advanced treatments: gene therapy, enzyme replacement, newly
 * approved medicines, who qualifies, how they work, cost and risks, trials. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.925, type F1 0.794). Scored by genetherapy.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --genetherapy --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const GENETHERAPY_MESSAGES: ConsumerMessage[] = [
  // why: treatment: asks whether a 3-year-old still qualifies for the gene therapy, a therapy question
  {
    message: 'My son has SMA type 1 and just turned 3. Is he too old to get the Zolgensma gene therapy?',
    focus: 'spinal muscular atrophy',
    types: ['treatment'],
  },
  // why: treatment: asks about the available therapies (infusion vs a tablet)
  {
    message: 'is enzyme replacement the only treatment for fabry or is there a tablet now',
    focus: 'Fabry disease',
    types: ['treatment'],
  },
  // why: other: cost and insurance coverage are both the other type, asked once as a set
  {
    subject: 'Hemgenix price',
    message: 'How much does the new gene therapy for hemophilia B cost, and will insurance pay any of it?',
    focus: 'hemophilia B',
    types: ['other'],
  },
  // why: interactions: a medicine with a food (grapefruit juice)
  {
    message: 'can i have grapefruit juice while taking kalydeco (ivacaftor)?',
    focus: 'ivacaftor',
    types: ['interactions'],
  },
  // why: research: asks about recruiting gene therapy trials
  {
    message:
      'Are there any trials of gene therapy for LCA caused by CEP290 mutations that are still recruiting?',
    focus: 'Leber congenital amaurosis',
    types: ['research'],
  },
  // why: treatment: whether the new CRISPR therapy cures it; condition named only in the subject
  {
    subject: 'sickle cell cure??',
    message: 'saw on the news theres a crispr treatment now. does it actually cure it or is it just hype',
    focus: 'sickle cell disease',
    types: ['treatment'],
  },
  // why: contraindications: whether the medicine is safe in pregnancy
  {
    message:
      "I was just started on eculizumab for PNH and we're hoping to have a baby next year. Is it safe to stay on it during pregnancy?",
    focus: 'eculizumab',
    types: ['contraindications'],
  },
  // why: prognosis: life expectancy
  {
    message: 'With all the new treatments coming out, how long do boys with Duchenne live now?',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  // why: genetic_changes: asks which gene is involved
  {
    message:
      'which gene is it that is broken in MLD? the gene therapy center asked if we know our daughters mutation',
    focus: 'metachromatic leukodystrophy',
    types: ['genetic_changes'],
  },
  // why: side_effects: whether hair loss comes from the medicine
  {
    message: 'does hydroxyurea make your hair fall out? my 12 yo just started it',
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  // why: frequency: how rare it is; condition named only in the subject
  {
    subject: 'Pompe disease',
    message: "Just found out my cousin's baby has this and needs enzyme infusions. How rare is it?",
    focus: 'Pompe disease',
    types: ['frequency'],
  },
  // why: treatment: whether a new medicine exists that can help her
  {
    message:
      'Hello, my niece have Rett syndrome, she is 7 years. Is it true there is now a medicine for Rett in America, it can help her?',
    focus: 'Rett syndrome',
    types: ['treatment'],
  },
  // why: inheritance: whether it runs in families and what a carrier partner means for their children, one type
  {
    message:
      'Is beta thalassemia passed down in families? My fiancé is a carrier and I want to know what that means for our future kids.',
    focus: 'beta thalassemia',
    types: ['inheritance'],
  },
  // why: indication: how a medicine works
  {
    message: 'How does sapropterin actually work in PKU? Our dietitian mentioned trying it.',
    focus: 'sapropterin',
    types: ['indication'],
  },
  // why: research: asks about clinical trials
  {
    message: 'any clinical trials in canada for the SOD1 gene form of ALS? my dad was just diagnosed',
    focus: 'amyotrophic lateral sclerosis',
    types: ['research'],
  },
  // why: treatment: switching from infusions to a pill; side_effects: whether miglustat causes diarrhea (focus stays on the first asked, Gaucher)
  {
    message:
      "I'm 42 and have type 1 Gaucher disease. I've been on enzyme infusions every two weeks for nine years and I'm really tired of the IV. Could I switch to a pill instead? And I've heard miglustat gives people bad diarrhea, is that true?",
    focus: 'Gaucher disease',
    types: ['treatment', 'side_effects'],
  },
  // why: treatment: whether the enzyme infusions will help his learning is about what the therapy can do
  {
    message:
      "Our grandson Leo was diagnosed with Hunter syndrome last month, he is two and a half. He starts weekly enzyme infusions in January. The doctors said something about the enzyme not getting into the brain. Does that mean the infusions won't help with his learning at all?",
    focus: 'Hunter syndrome',
    types: ['treatment'],
  },
  // why: inheritance: whether daughters would be carriers after the father's gene therapy
  {
    subject: 'gene therapy and kids',
    message:
      "My husband has severe hemophilia A and is being assessed for a gene therapy trial. We're planning to start a family in a couple of years. If he has the gene therapy first, would our daughters still be carriers?",
    focus: 'hemophilia A',
    types: ['inheritance'],
  },
  // why: treatment: whether the new injection straightens the legs or surgery is still needed, both about therapy; condition named only in the subject
  {
    subject: 'XLH - new injection',
    message:
      'My daughter is 4. She has been on phosphate and calcitriol since she was 1 and her legs are still quite bowed. Our endocrinologist brought up the monthly injection. Will it straighten her legs, or will she still need surgery?',
    focus: 'X-linked hypophosphatemia',
    types: ['treatment'],
  },
  // why: research: asks whether anyone is researching something for mutations the new medicine does not cover
  {
    message:
      'hi im 16 and have CF. both my mutations are nonsense ones so trikafta doesnt work for me, which sucks bc all my friends at clinic are on it. is anyone researching something for people like me??',
    focus: 'cystic fibrosis',
    types: ['research'],
  },
  // why: diagnosis: whether relatives should be tested; treatment: a medicine that stops it
  {
    message:
      'My father (68) has just been diagnosed with hereditary transthyretin amyloidosis affecting his heart; they found the V122I variant. There are four of us children, all in our 40s. Should we all be tested? And is there a medicine that can actually stop it, not just treat the heart failure?',
    focus: 'transthyretin amyloidosis',
    types: ['diagnosis', 'treatment'],
  },
  // why: drug_usage: how to stop a medicine (taper or stop at once)
  {
    message:
      'so ive been on fingolimod (gilenya) for about 3 yrs for MS and my neuro wants to move me to one of the newer infusions. ive read stopping it can cause a bad rebound. how should i come off it, taper or just stop?',
    focus: 'fingolimod',
    types: ['drug_usage'],
  },
  // why: treatment: comparing the risks of two treatment options (gene therapy vs transplant)
  {
    message:
      "Our son is 5 weeks old and newborn screening picked up ADA-SCID. He's on enzyme injections now while the team decides between a bone marrow transplant from an unrelated donor and gene therapy. What are the risks of the gene therapy compared with a transplant?",
    focus: 'adenosine deaminase deficiency',
    types: ['treatment'],
  },
  // why: prognosis: whether she will go blind; research: gene therapy being tested
  {
    message:
      'i was diagnosed with stargardt disease at 24, im 29 now and reading is getting hard. will i go completely blind eventually? and is there any gene therapy being tested that i could get into',
    focus: 'Stargardt disease',
    types: ['prognosis', 'research'],
  },
  // why: cause: what causes it when it is not inherited
  {
    subject: 'PNH - where does it come from?',
    message:
      "I was diagnosed with PNH last spring after months of dark urine and exhaustion. My haematologist is talking about switching me to one of the new oral drugs. Nobody in my family has anything like it. What causes PNH if it isn't inherited?",
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['cause'],
  },
  // why: drug_usage: taking it with food; interactions: combining it with aspirin
  {
    message:
      'Started Tecfidera (dimethyl fumarate) two weeks ago. The flushing is awful, my face goes bright red about an hour after each dose. Does it help to take it with food? Also my GP said an aspirin beforehand might help. Is it ok to combine them?',
    focus: 'dimethyl fumarate',
    types: ['drug_usage', 'interactions'],
  },
  // why: treatment: when a therapy can start and whether it works, both about therapy
  {
    message:
      "Our daughter was born in March with achondroplasia. We've read about a daily injection that helps children grow. From what age can she start it, and does it really make a difference to final height?",
    focus: 'achondroplasia',
    types: ['treatment'],
  },
  // why: treatment: whether he still qualifies for the newly approved medicine
  {
    message:
      "I'm 27 and have Friedreich's ataxia, diagnosed at 19, and I use a wheelchair part of the time now. My neurologist mentioned the new drug that was approved. Can I still get it at my stage, or is it only for people who can still walk?",
    focus: 'Friedreich ataxia',
    types: ['treatment'],
  },
  // why: treatment: current and newer therapies; find_specialist: support groups
  {
    message:
      'My nephew is 6 and was diagnosed with Niemann-Pick type C this year after problems with his eye movements and falling a lot. My sister is overwhelmed. Is miglustat still what doctors use, or is there something newer? Are there any support groups for families?',
    focus: 'Niemann-Pick disease type C',
    types: ['treatment', 'find_specialist'],
  },
  // why: storage_disposal: whether the tablets must be kept in the fridge
  {
    message:
      "My son takes everolimus for a SEGA (he has tuberous sclerosis). We're going on holiday for two weeks. Do the tablets need to stay in the fridge or is room temperature fine?",
    focus: 'everolimus',
    types: ['storage_disposal'],
  },
  // why: side_effects: whether the liver problem comes from the gene therapy; prognosis: whether she will walk
  {
    subject: 'granddaughter after gene therapy',
    message:
      'Hello, I am writing for my daughter and son-in-law who are exhausted. Our granddaughter Mia was picked up with SMA on the newborn heel prick test and had the one-time gene therapy infusion at 5 weeks old. She is now 4 months and everyone says she is doing well, kicking and holding her head up a little. But at her last blood test her liver numbers were high and she is back on steroids. Is this liver problem caused by the gene therapy? My daughter is afraid to ask the doctors too many questions. And honestly what we all want to know is, will she be able to walk one day? Thank you for any help, we are praying for her.',
    focus: 'spinal muscular atrophy',
    types: ['side_effects', 'prognosis'],
  },
  // why: treatment: eligibility for the approved gene therapy and availability; research: trials; inheritance: whether the sister could be a carrier
  {
    message:
      "My son Jacob is 5 and was diagnosed with Duchenne last year after we noticed he couldn't climb stairs like the other kids. He's on steroids now. His mutation is a deletion of exons 48-50. I've read about the gene therapy that was approved in the US for boys his age. Is he eligible, and would it be available here in the UK? If not, are there trials he could join? I also have a 9 year old daughter. Could she be a carrier like me? Sorry for all the questions, it's a lot to take in.",
    focus: 'Duchenne muscular dystrophy',
    types: ['treatment', 'research', 'inheritance'],
  },
  // why: symptoms: whether burning pain belongs to it; complications: later kidney damage; treatment: eligibility for the tablet
  {
    subject: 'Questions before my next infusion',
    message:
      "I'm 35 and was diagnosed with Fabry disease two years ago, after my brother was. I'm on agalsidase infusions every 2 weeks. I have a few questions my doctor never has time for:\n1) I get burning pain in my hands and feet whenever it's hot or I exercise. Is that part of Fabry?\n2) My kidney function is normal right now. Can Fabry still damage my kidneys later, even on treatment?\n3) I read about migalastat, which is a tablet. Would I be eligible, or is it only for certain mutations?\nThanks in advance.",
    focus: 'Fabry disease',
    types: ['symptoms', 'complications', 'treatment'],
  },
  // why: prognosis: whether and when he will need a transplant and whether he will reach adulthood, both the outlook; the gene therapy study is only a statement
  {
    message:
      'Good day. I am father of boy with nephropathic cystinosis, he is 8 years. He take cysteamine capsules every 6 hours also in the night, and eye drops many times in the day. It is very hard for the family but we do it. Doctor in our country say his kidneys are getting weak slowly. Will he need kidney transplant and when? How long can children with cystinosis live now, can he become adult? I read there is stem cell gene therapy study in USA. Thank you very much.',
    focus: 'cystinosis',
    types: ['prognosis'],
  },
  // why: research: trials showing results; diagnosis: whether she should be tested; inheritance: the chance a baby gets it
  {
    message:
      "My mom was diagnosed with Huntington's disease three years ago, she's 58. I'm 31 and my husband and I want to start trying for a baby. I've never been tested because honestly I was scared to know. I keep reading headlines about gene-silencing drugs and a trial that got stopped and then restarted, and I can't tell what's real. Is there any trial right now that's actually showing results? Should I get tested before we try to get pregnant? And if I do have the gene, what are the chances our baby would get it?",
    focus: 'Huntington disease',
    types: ['research', 'diagnosis', 'inheritance'],
  },
  // why: cause: whether the pill is what brings on the attacks; prevention: stopping attacks before they happen
  {
    subject: 'swelling attacks',
    message:
      "I'm 29 and was finally diagnosed with hereditary angioedema after years of being told it was allergies. My worst attacks started after I went on the combined pill, including one in my throat that landed me in the ER. Could the pill be what's setting my attacks off? My specialist is now talking about a preventive injection every 2 weeks instead of just treating attacks when they come. Is it really possible to stop the attacks from happening at all?",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: diagnosis: testing before or after birth; treatment: what treatment would be given; research: whether trials take newborns
  {
    message:
      "We lost our first son, Noah, to infantile Krabbe disease when he was 14 months old. It was diagnosed too late for anything to be done. I'm now 10 weeks pregnant and we know we are both carriers. Can the baby be tested before birth, and if not, how soon after birth? I've read that a cord blood transplant in the first weeks can change things, and that there are gene therapy trials now. If the baby does have it, what would the treatment be, and are those trials open to newborns?",
    focus: 'Krabbe disease',
    types: ['diagnosis', 'treatment', 'research'],
  },
  // why: indication: how the medicine works; contraindications: waiting before pregnancy; other: insurance authorisation
  {
    subject: 'Rituximab for MG',
    message:
      "Hi, I'm 34 and have had generalised myasthenia gravis for six years. Pyridostigmine and prednisone haven't been enough, and my neurologist now wants to start rituximab. I'd like to understand it before I agree. How does rituximab work in MG, since it's a cancer drug? We were also hoping to try for a second child. How long after the infusions would I need to wait before getting pregnant? And my insurance keeps sending letters about 'prior authorisation'. Does that mean they will not pay?",
    focus: 'rituximab',
    types: ['indication', 'contraindications', 'other'],
  },
  // why: research: gene therapy or new medicines being studied; lifestyle: flying; complications: whether it harms the liver
  {
    message:
      'my best friend (41) found out last year she has alpha-1 antitrypsin deficiency, zz type, after getting short of breath way too young. shes on the weekly augmentation infusions now. she asked me to write because her english isnt great. is there any gene therapy or new medicine being studied that could fix it for good? she also wants to know if she can still fly to visit her family in portugal. and the doctor mentioned her liver, can alpha-1 hurt the liver too or only the lungs?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['research', 'lifestyle', 'complications'],
  },
  // why: information: what it is; treatment: whether there really is no treatment; prognosis: how long children live
  {
    message:
      'our daughter is 3 and they just told us she has sanfilippo syndrome type a we had never heard of it before the geneticist talked so fast i didnt understand anything what is it exactly other parents in a facebook group say there is no treatment only trials is that really true and how long do kids with this live im sorry im just so lost',
    focus: 'Sanfilippo syndrome',
    types: ['information', 'treatment', 'prognosis'],
  },
];
