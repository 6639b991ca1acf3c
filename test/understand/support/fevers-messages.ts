/**
 * "fevers" set. Messages about periodic fevers and autoinflammatory conditions: attacks, colchicine and other
 * medicines, genetic testing, with other questions about the condition. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.955). Scored by fevers.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --fevers --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FEVERS_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether a child can catch it from his cousin: susceptibility
  {
    message: 'hi my nephew has CRMO and my kids play with him every weekend. is it contagious??',
    focus: 'chronic recurrent multifocal osteomyelitis',
    types: ['susceptibility'],
  },
  // why: asks whether the medicine is safe to continue in pregnancy: contraindications, focus is the medicine
  {
    message:
      'I have TRAPS and I inject etanercept every week. Is it safe to keep taking it if I get pregnant?',
    focus: 'etanercept',
    types: ['contraindications'],
  },
  // why: asks whether the child will grow out of it, the course of the condition: prognosis
  {
    subject: 'PFAPA question',
    message:
      'Will my daughter grow out of this? She is 5 and has had the fevers every month since she was 2.',
    focus: 'PFAPA',
    types: ['prognosis'],
  },
  // why: asks which gene is behind it: genetic_changes
  {
    message: 'Which gene is faulty in TRAPS? My genetic report just says a variant was found.',
    focus: 'TRAPS',
    types: ['genetic_changes'],
  },
  // why: asks whether a blood test can confirm it: diagnosis
  {
    message: "Is there a blood test that can tell for sure if someone has adult onset Still's disease?",
    focus: "adult-onset Still's disease",
    types: ['diagnosis'],
  },
  // why: asks only how to store the medicine: storage_disposal
  {
    subject: 'anakinra syringes',
    message: 'does it have to stay in the fridge all the time? we are going camping for 3 days',
    focus: 'anakinra',
    types: ['storage_disposal'],
  },
  // why: asks how rare it is: frequency
  {
    message: 'How rare is Schnitzler syndrome? My hematologist said he had never seen a case before mine.',
    focus: 'Schnitzler syndrome',
    types: ['frequency'],
  },
  // why: asks what it is (information) and whether it runs in families (inheritance)
  {
    message: 'What is Blau syndrome and is it passed down in families?',
    focus: 'Blau syndrome',
    types: ['information', 'inheritance'],
  },
  // why: asks whether it can lead to loss of sight, a problem it leads to: complications
  {
    message: "Can Behcet's disease make you go blind? My eyes have been red and blurry for a week.",
    focus: "Behcet's disease",
    types: ['complications'],
  },
  // why: asks whether the boy can attend daycare, daily life: lifestyle
  {
    message: 'my son has cyclic neutropenia can he go to daycare or is it too risky with all the germs',
    focus: 'cyclic neutropenia',
    types: ['lifestyle'],
  },
  // why: asks about trials: research
  {
    message: 'Are there any clinical trials going on for CANDLE syndrome? Willing to travel anywhere.',
    focus: 'CANDLE syndrome',
    types: ['research'],
  },
  // why: asks what the medicine contains: ingredients, focus is the medicine
  {
    message: 'Does Actemra contain polysorbate 80? I reacted badly to another injection that had it.',
    focus: 'Actemra',
    types: ['ingredients'],
  },
  // why: asks whether two conditions are the same: information
  {
    message: 'Is DADA2 the same thing as polyarteritis nodosa or are they different diseases?',
    focus: 'DADA2',
    types: ['information'],
  },
  // why: asks what the signs are: symptoms
  {
    message: 'what are the symtoms of SAVI? the rheumatologist mentioned it for my niece but didnt explain',
    focus: 'SAVI',
    types: ['symptoms'],
  },
  // why: asks whether a problem comes from the medicine: side_effects
  {
    message: 'Can tocilizumab raise your cholesterol? Mine went up a lot since I started the infusions.',
    focus: 'tocilizumab',
    types: ['side_effects'],
  },
  // why: the grandmother asks what happens if the disease goes untreated, twice in other words (kidneys): complications
  {
    message:
      "My grandson (9) was diagnosed with familial Mediterranean fever last month. His mother doesn't like giving him pills every day and keeps skipping them when he feels fine. What happens if FMF isn't treated? Can it really ruin his kidneys like the doctor said?",
    focus: 'familial Mediterranean fever',
    types: ['complications'],
  },
  // why: missed dose question (drug_usage), then grapefruit with the medicine (interactions)
  {
    message:
      "I take colchicine 0.5 mg twice a day for FMF. Yesterday I forgot the evening tablet. Should I take two this morning to make up for it? And is it true I can't drink grapefruit juice with it?",
    focus: 'colchicine',
    types: ['drug_usage', 'interactions'],
  },
  // why: the parent asks how it is confirmed and whether there is a test, one question in two forms: diagnosis
  {
    message:
      'my 4 yr old gets a high fever every 4 weeks like clockwork, with mouth ulcers and swolen glands in his neck. between times he is totaly fine. our pediatrician mentioned PFAPA. how do they actualy diagnose it, is there a test for it?',
    focus: 'PFAPA',
    types: ['diagnosis'],
  },
  // why: asks whether her signs could be this condition (diagnosis), then which kind of doctor to see (find_specialist)
  {
    message:
      'Ever since I was a kid I get a rash, fever and achy joints a few hours after being out in the cold. My mom and my uncle have the same thing. I read about familial cold autoinflammatory syndrome online. Could this be what we have? What kind of doctor should I see about it?',
    focus: 'familial cold autoinflammatory syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: the chance that their children will have it: inheritance; condition named only in the subject
  {
    subject: 'TRAPS and having children',
    message:
      "My husband was diagnosed last year and is doing well on treatment. We'd like to start a family soon. What are the chances that our children will have it too?",
    focus: 'TRAPS',
    types: ['inheritance'],
  },
  // why: asks why the attacks happen and whether the vaccines set them off, what brings attacks on: cause
  {
    message:
      'Hello, my daughter have 2 years and she have fever attacks with big pain in belly and rash, always some days after her vaccines. Doctor say maybe hyper IgD syndrome and now we wait genetic result. Why she get this attacks? Is the vaccines that start them?',
    focus: 'hyper-IgD syndrome',
    types: ['cause'],
  },
  // why: whether it will go away and whether it gets worse, both about the course: prognosis
  {
    message:
      "I was diagnosed with AOSD two years ago after months of fevers and a salmon colored rash. I'm on prednisone and methotrexate and mostly okay now. Will it ever go away completely, or does it get worse as you get older?",
    focus: "adult-onset Still's disease",
    types: ['prognosis'],
  },
  // why: diet is daily life (lifestyle); whether stress brings on flares is a trigger of attacks (cause)
  {
    message:
      'My friend from Istanbul has Behcet disease, the mouth sores are really bad for her and she is very tired. Is there special food she should eat or avoid? And can stress make the flares come? She has exams now.',
    focus: 'Behcet disease',
    types: ['lifestyle', 'cause'],
  },
  // why: asks how the complication itself is treated: treatment, focus AA amyloidosis
  {
    message:
      'My father has had FMF since childhood but only took colchicine on and off. Now they found protein in his urine and the nephrologist suspects AA amyloidosis. How is AA amyloidosis treated?',
    focus: 'AA amyloidosis',
    types: ['treatment'],
  },
  // why: asks what the condition is: information
  {
    message:
      "hey so my cousin has something called majeed syndrome and he's in the hospital a lot. what even is it? nobody in my family explains anything to me lol",
    focus: 'Majeed syndrome',
    types: ['information'],
  },
  // why: asks how to stop it from happening again: prevention
  {
    message:
      "Our daughter has systemic JIA and last month she ended up in intensive care with macrophage activation syndrome. She's home now but we're terrified. What can we do to prevent it from happening again?",
    focus: 'macrophage activation syndrome',
    types: ['prevention'],
  },
  // why: whether she can keep doing gymnastics: lifestyle
  {
    message:
      'Our 11 year old was diagnosed with chronic recurrent multifocal osteomyelitis after months of leg pain. She lives for gymnastics and trains 4 times a week. Is it okay for her to keep training?',
    focus: 'chronic recurrent multifocal osteomyelitis',
    types: ['lifestyle'],
  },
  // why: whether a named medicine caused the condition: association
  {
    message:
      'I developed painful red bumps and a fever a week after starting filgrastim during chemo, and the biopsy showed Sweet syndrome. Could the filgrastim have caused it?',
    focus: 'Sweet syndrome',
    types: ['association'],
  },
  // why: whether a change comes from the medicine: side_effects, focus prednisone
  {
    message:
      'Our son has PFAPA and gets a single dose of prednisone when an episode starts. It stops the fever within hours, which is amazing, but now the episodes come every 2 weeks instead of every 4. Is that caused by the prednisone?',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  // why: asks for experienced doctors and support groups, both under find_specialist
  {
    message:
      'Our baby girl was diagnosed with NOMID at 3 weeks old. The hospital where we live has never treated it. Where can we find doctors with experience in NOMID, and are there any support groups for parents?',
    focus: 'NOMID',
    types: ['find_specialist'],
  },
  // why: whether her siblings should be tested (diagnosis), then colchicine in pregnancy and breastfeeding (contraindications)
  {
    message:
      "I am 31 and of Armenian background. Since I was a little girl I had attacks of terrible stomach pain with fever that lasted two or three days. I had my appendix removed at 14 for nothing, and for years doctors told me it was stress or my period. Last spring a new GP finally sent me to a rheumatologist, and the genetic test showed two MEFV mutations, so it is familial Mediterranean fever. Since starting colchicine I have had only one attack, it's like a new life. I have a younger sister who gets similar episodes and a brother who never had anything. Should they both be tested? Also my husband and I want to try for a baby next year. Is it safe to stay on colchicine while trying to conceive and later while breastfeeding?",
    focus: 'familial Mediterranean fever',
    types: ['diagnosis', 'contraindications'],
  },
  // why: how the medicine works (indication), then drinking beer on it (interactions); focus is the medicine, the first thing asked about
  {
    message:
      "Okay so long story. My husband (38) spent most of last year with fevers that spiked to 40 every evening, a pinkish rash that came and went, a horrible sore throat and swollen knees. He saw about six doctors, got tested for everything from lyme to lymphoma, and his ferritin was over 8000 at one point. Finally a rheumatologist said Still's disease and started him on anakinra injections and within two days he was a different person, honestly I cried. He's the kind of guy who wants to understand everything though, so: how does anakinra actually work? What is it doing in his body? And his brother's wedding is in June - is it okay for him to have a few beers while he's on it, or should he stay away from alcohol completely? Thanks so much for any help.",
    focus: 'anakinra',
    types: ['indication', 'interactions'],
  },
  // why: whether it can turn into a cancer (complications), new drugs studied (research), keeping his job (lifestyle)
  {
    message:
      "My husband is 58 and for three years he has had an itchy rash that never goes away, fevers almost every afternoon and pain in his shin bones. He was first treated for allergies, then for an infection. In the end a blood test showed an IgM paraprotein and he was diagnosed with Schnitzler syndrome. The daily anakinra shots help a lot but he hates them. I have been reading and I have some questions. 1) I read it can turn into Waldenstrom's or lymphoma. Is that true and how often? 2) Are there any newer drugs being studied that would need fewer injections? 3) He is a roofer and works outside all year. Can he keep doing his job with this?",
    focus: 'Schnitzler syndrome',
    types: ['complications', 'research', 'lifestyle'],
  },
  // why: a teenager asks whether she will have it forever (prognosis) and whether she can study abroad (lifestyle)
  {
    message:
      "hi, i'm 16 and i have mevalonate kinase deficiency (the doctors used to call it HIDS). basically every few weeks i get fevers, my belly hurts so bad i can't stand up, my neck glands swell and i get mouth ulcers. i miss like a week of school every month and my friends don't really get it. i've been on steroids for the attacks but now my doctor wants to start me on injections every 4 weeks. my question is, am i going to have this forever? like does it get better when you're an adult? also i really want to go to university in another country in 2 years, is that realistic with this or is it a bad idea?",
    focus: 'mevalonate kinase deficiency',
    types: ['prognosis', 'lifestyle'],
  },
  // why: whether the diarrhea comes from the medicine (side_effects), then colchicine with an antibiotic (interactions)
  {
    message:
      'My wife is 45 and was diagnosed with FMF about six months ago after years of chest and belly attacks. She was started on colchicine 1 mg a day and the attacks have mostly stopped, which is wonderful. The problem is she has had loose stools and stomach cramps nearly every day since, and she is starting to say she would rather have the attacks. Is this from the colchicine, and will it settle down? The other thing is that last week her GP gave her clarithromycin for a stomach infection (H. pylori) and the pharmacist looked worried when she saw she was on colchicine too. Is it dangerous to take them together?',
    focus: 'colchicine',
    types: ['side_effects', 'interactions'],
  },
  // why: careful parent: treatment options (treatment), whether strokes will stop (prognosis), whether the sister should be tested (diagnosis)
  {
    message:
      'Dear Sir or Madam, our son Lukas is 6 years old. Last year he had two small strokes, a few months apart, which is very unusual at his age. He also had fevers, a lacy rash on his legs and high blood pressure. After many tests, genetic testing found mutations in both copies of the ADA2 gene, and he has been diagnosed with ADA2 deficiency. We have met the rheumatology team once and there is a follow-up appointment in two months, but we have many questions. What treatments are available for this condition? Will the strokes stop once he is treated, or can they keep happening? He also has a baby sister of 8 months who seems healthy. Should she be tested as well? Thank you in advance for your help.',
    focus: 'ADA2 deficiency',
    types: ['treatment', 'prognosis', 'diagnosis'],
  },
  // why: whether it will come back (prognosis) and heart problems later in life (complications)
  {
    message:
      'My grandson Mateo was in the hospital in March with a fever that would not stop for a week, red eyes, cracked lips and swollen hands and feet. They told us it was Kawasaki disease and gave him the immunoglobulin drip and aspirin. Thank God he got better quickly and the heart scan was normal. My daughter is very anxious and now every fever scares her. I want to help her with real answers. Can Kawasaki disease come back again in the same child? And even with the normal scan, can it cause problems with his heart when he is older?',
    focus: 'Kawasaki disease',
    types: ['prognosis', 'complications'],
  },
  // why: whether the parents passed it on (inheritance), then how the infusion medicine works (indication)
  {
    message:
      'Our 7 year old son Ben started having a fever every single evening last autumn, with a pink rash that came with the fever and disappeared in the morning. Then his knees and wrists started swelling and he could hardly walk down the stairs. After a long time in hospital he was diagnosed with systemic onset juvenile idiopathic arthritis. He now gets tocilizumab infusions every two weeks and is so much better, he is back at football. My wife keeps blaming herself. Did he get this from one of us? Nobody in either family has anything like it. I also want to understand what the tocilizumab is actually doing, how does it work?',
    focus: 'systemic onset juvenile idiopathic arthritis',
    types: ['inheritance', 'indication'],
  },
  // why: how common it is (frequency), then the chance for the next baby (inheritance)
  {
    message:
      'Hello, we are from Puerto Rico and live now in Florida. Our son was born in January and after 2 weeks he had pustules everywhere in the skin, very swollen and painful bones, and the blood inflammation was very high. He was in NICU a long time. Finally the genetic test say DIRA, deficiency of the interleukin-1 receptor antagonist. Now he take Kineret every day and the skin is clean, we are very grateful. The doctors tell us they see only few cases in all their career. How common is this disease? Also we want more children. The next baby will have it also?',
    focus: 'interleukin-1 receptor antagonist deficiency',
    types: ['frequency', 'inheritance'],
  },
  // why: which gene the reported change is in (genetic_changes), then the chance her children get it (inheritance)
  {
    message:
      "I'm 24. Since my teens I've had terrible cystic acne, my joints swell up for weeks at a time (usually after a small knock), and two years ago I got a wound on my leg that just wouldn't heal and turned out to be pyoderma gangrenosum. My dermatologist and rheumatologist finally ordered a genetic panel and it came back as PAPA syndrome, with a change in something called PSTPIP1. Honestly I just googled it and got lost. What is this gene and what does the change in it do? I'm also engaged and we want kids eventually, so would my children get PAPA syndrome from me?",
    focus: 'PAPA syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
];
