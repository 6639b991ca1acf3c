/**
 * "vaccines" set. Messages about vaccines and infections with a condition or a medicine (whether to vaccinate,
 * vaccines on medicines that lower immunity, whether a vaccine caused something, avoiding infections). Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.707). Scored by vaccines.test.ts and
 * by `npx tsx test/understand/support/score-messages.ts --vaccines --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const VACCINES_MESSAGES: ConsumerMessage[] = [
  {
    // "Does the 22q11.2 deletion syndrome mean she will catch more infections than other kids?" -> complications (other problems it leads to)
    // "Is it safe for her to have the MMR and other live vaccines?" -> contraindications (who should not have the vaccine)
    subject: '22q11 and live jabs',
    message:
      'Hi, my daughter is 11 months old and has 22q11.2 deletion syndrome. Her immunologist said her T cells are "on the low side but ok". Does the 22q11.2 deletion syndrome mean she will catch more infections than other kids? The GP wants to give her the MMR at 12 months - is it safe for her to have the MMR and other live vaccines, or should we wait? Thank you.',
    focus: '22q11.2 deletion syndrome',
    types: ['complications', 'contraindications'],
  },
  {
    // "does methotrexate stop the flu shot working" -> interactions (medicine with a vaccine)
    message: 'does methotrexate stop the flu shot working?? my son is 9 and on it weekly for his JIA',
    focus: 'methotrexate',
    types: ['interactions'],
  },
  {
    // "Could the flu jab have caused it?" -> association (named exposure asked as its cause)
    // "Is it safe for me to ever have a flu shot again?" -> contraindications (precaution for the vaccine)
    subject: 'Guillain Barre after flu vaccine',
    message:
      "In November 2019 I had Guillan-Barre syndrome, about three weeks after my yearly flu jab. I spent 5 weeks in hospital and I am mostly recovered now. Could the flu jab have caused it? My GP is now inviting me for this year's flu shot and I honestly don't know what to do. Is it safe for me to ever have a flu shot again?",
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'contraindications'],
  },
  {
    // "Is there actually a proven link between the vaccine and narcolepsy?" -> association (vaccine and condition)
    // "how many children got narcolepsy" -> frequency (how common)
    // "is anyone researching this" -> research (studies)
    message:
      'My son developed narcolepsy with cataplexy at age 9, a few months after he had the swine flu vaccine (Pandemrix) in 2009. Is there actually a proven link between the vaccine and narcolepsy? how many children got narcolepsy after it? and is anyone still researching this, we never got any answers',
    focus: 'narcolepsy',
    types: ['association', 'frequency', 'research'],
  },
  {
    // "Is it safe for her to travel there with sickle cell?" -> lifestyle (travel)
    // "what is the best way to stop her getting malaria" -> prevention (preventing malaria)
    // "Are the travel jabs free for her on the NHS?" -> other (costs)
    subject: 'Trip to Nigeria with SCD',
    message:
      'Our 6 year old has sickle cell (HbSS) and we are visiting family in Lagos for 4 weeks in August. Is it safe for her to travel there with sickle cell? Her consultant mentioned malaria is very dangerous for children like her, what is the best way to stop her getting malaria. Are the travel jabs free for her on the NHS because of her condition?',
    focus: 'sickle cell',
    types: ['lifestyle', 'prevention', 'other'],
  },
  {
    // "which infections is he at risk of now" -> complications (problems after the splenectomy)
    // "Does he have to take the penicillin for the rest of his life" -> drug_usage (how long to take it, stopping)
    message:
      'My son (14) had a splenectomy last year because of hereditary spherocytosis. The hospital gave us a card saying he is at risk of serious infections. which infections is he at risk of now without a spleen? Does he have to take the penicillin for the rest of his life or can he stop at some point?',
    focus: 'splenectomy',
    types: ['complications', 'drug_usage'],
  },
  {
    // "Why do I need the meningitis vaccines before I start eculizumab?" -> contraindications (precaution before taking it)
    // "does eculizumab make meningitis more likely even after the vaccines?" -> side_effects (infection risk from the medicine)
    subject: 'eculizumab and meningitis vaccines',
    message:
      'Hello. I was diagnosed with PNH in the spring and my haematologist wants to start me on Soliris (eculizumab). I have been told I must have two different meningitis vaccines at least two weeks before the first infusion and carry an alert card. Why do I need the meningitis vaccines before I start eculizumab? And does eculizumab make meningitis more likely even after the vaccines? I am a bit scared now.',
    focus: 'eculizumab',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "can he catch it even tho he had the vaccine as a baby" -> susceptibility (whether he can catch it)
    // "what happens if he does get chickenpox while on chemo" -> complications (what it can lead to)
    message:
      'my nephew has leukaemia (ALL) and is on maintenance chemo. a girl in his class just came down with chickenpox. can he catch it even tho he had the vaccine as a baby? what happens if he does get chickenpox while on chemo',
    focus: 'chickenpox',
    types: ['susceptibility', 'complications'],
  },
  {
    // "Can fifth disease harm my baby?" -> complications (what it can lead to in pregnancy)
    // "Is there a blood test to see if I am already immune?" -> diagnosis (test)
    subject: 'slapped cheek outbreak at nursery',
    message:
      "I'm 18 weeks pregnant and the nursery just sent a letter home saying there is slapped cheek (fifth disease) going round my daughter's room. Can fifth disease harm my baby? Is there a blood test to see if I am already immune?",
    focus: 'fifth disease',
    types: ['complications', 'diagnosis'],
  },
  {
    // "how do i avoid catching cmv from my toddler while pregnant" -> prevention (avoiding the infection)
    message: 'how do i avoid catching cmv from my toddler while pregnant',
    focus: 'cmv',
    types: ['prevention'],
  },
  {
    // "Can I have the shingles vaccine while I am on Humira, or do I have to stop my injections first?" -> interactions (medicine with a vaccine)
    // "does Humira itself make shingles more likely?" -> side_effects (whether the problem comes from the medicine)
    subject: 'Humira + shingles jab',
    message:
      'Good morning, I am 58 and have been on Humira for psoriatic arthritis for three years. My pharmacist has offered me the new shingles vaccine (the two dose one). Can I have the shingles vaccine while I am on Humira, or do I have to stop my injections first? Also my sister had a horrible bout of shingles last year - does Humira itself make shingles more likely?',
    focus: 'Humira',
    types: ['interactions', 'side_effects'],
  },
  {
    // "how does rituximab actually work, does it wipe out the antibodies" -> indication (how it works)
    // "should I get the flu jab before or after my next infusion" -> interactions (medicine with a vaccine)
    message:
      'I had rituximab for my ANCA vasculitis in March and my rheumatologist said vaccines "probably won\'t work very well" for about 6 months. how does rituximab actually work, does it wipe out the antibodies? should I get the flu jab before or after my next infusion in October',
    focus: 'rituximab',
    types: ['indication', 'interactions'],
  },
  {
    // "Is Kawasaki disease caused by a virus?" -> cause (why it happens)
    // "is it contagious, could her baby brother get it from her" -> susceptibility (whether it can be caught)
    // "why does the IVIG mean her MMR has to wait" -> contraindications (precaution for the MMR vaccine)
    subject: 'Kawasaki questions',
    message:
      'Our daughter (3) was in hospital last month with Kawasaki disease and was treated with IVIG and aspirin. She is home and doing well. Is Kawasaki disease caused by a virus? is it contagious, could her baby brother get it from her? Also the health visitor said her MMR booster now has to wait 11 months, why does the IVIG mean her MMR has to wait?',
    focus: 'Kawasaki disease',
    types: ['cause', 'susceptibility', 'contraindications'],
  },
  {
    // "does the mmr cause autism" -> association (named exposure asked as its cause)
    // "is my second more likely to be autistic anyway because his brother is" -> inheritance (chance a sibling has it)
    message:
      'i know this has probably been asked a million times but i need to hear it from someone. my eldest has autism, diagnosed at 3. my 2nd is due his mmr next week. does the mmr cause autism? and is my second more likely to be autistic anyway because his brother is',
    focus: 'autism',
    types: ['association', 'inheritance'],
  },
  {
    // "Was it dangerous for him to have the rotavirus vaccine?" -> contraindications (who should not have the vaccine)
    // "What signs should we watch for from the vaccine?" -> side_effects (problems from the vaccine)
    // "what are his chances of a normal life after the transplant" -> prognosis (outlook)
    subject: 'rotavirus vaccine and SCID',
    message:
      'Our baby boy was picked up with SCID on the newborn heel prick, but the result came through late and he had already had his first rotavirus vaccine at 8 weeks. The immunology team seemed worried. Was it dangerous for him to have the rotavirus vaccine with SCID? What signs should we watch for from the vaccine? He is on the list for a bone marrow transplant, what are his chances of a normal life after the transplant?',
    focus: 'rotavirus vaccine',
    types: ['contraindications', 'side_effects', 'prognosis'],
  },
  {
    // "Is there a cure for XLA yet?" -> treatment (cure)
    // "could he catch the vaccine virus from them" -> susceptibility (catching it from others)
    message:
      'My brother (34) has XLA and has been on immunoglobulin infusions his whole life. Is there a cure for XLA yet, maybe gene therapy? Also his kids are due the nasal spray flu vaccine at school, could he catch the vaccine virus from them?',
    focus: 'XLA',
    types: ['treatment', 'susceptibility'],
  },
  {
    // "Could the vaccines my son had at his 1 year check have triggered his type 1 diabetes?" -> association (named exposure asked as its cause)
    message:
      'Could the vaccines my son had at his 1 year check have triggered his type 1 diabetes? He was diagnosed about 6 weeks later and nobody in our family has diabetes.',
    focus: 'type 1 diabetes',
    types: ['association'],
  },
  {
    // "Could the HPV shot have caused her POTS?" -> association (named exposure asked as its cause)
    // "Will she grow out of it?" -> prognosis (course)
    subject: 'HPV jab and POTS??',
    message:
      'My 14 year old daughter has had dizziness, a racing heart when she stands up and terrible fatigue ever since her second HPV shot in the autumn. After months of tests she has now been diagnosed with POTS. Could the HPV shot have caused her POTS? She has missed half a term of school. Will she grow out of it?',
    focus: 'POTS',
    types: ['association', 'prognosis'],
  },
  {
    // "Why does it matter for the yellow fever vaccine that my thymus is gone?" -> contraindications (who should not have the vaccine)
    // "can vaccines in general make myasthenia gravis flare up?" -> cause (what brings on its attacks)
    message:
      'I had a thymectomy four years ago for myasthenia gravis. I am going to Brazil in January and the travel nurse hesitated when I asked for the yellow fever vaccine and said she had to check with a doctor. Why does it matter for the yellow fever vaccine that my thymus is gone? And can vaccines in general make myasthenia gravis flare up? I had a bad few weeks after a tetanus shot once.',
    focus: 'yellow fever vaccine',
    types: ['contraindications', 'cause'],
  },
  {
    // "How does Gilenya work, does it lower your immune system?" -> indication (how it works)
    // "If I get chickenpox or shingles while I'm on it do I need to stop taking it" -> drug_usage (stopping)
    subject: 'gilenya',
    message:
      "Starting Gilenya for relapsing MS next month, I never had chickenpox so I had to get the vaccine first. How does Gilenya work, does it lower your immune system? If I get chickenpox or shingles while I'm on it do I need to stop taking it",
    focus: 'Gilenya',
    types: ['indication', 'drug_usage'],
  },
  {
    // "do i need a tetanus booster or is it too late" -> prevention (preventing it)
    // "how long after can the symptoms of tetanus start" -> symptoms (signs and when they appear)
    message:
      'stepped on a rusty nail in the garden yesterday, went through my trainer. last tetanus jab was at school about 15 yrs ago. do i need a tetanus booster or is it too late. how long after can the symptoms of tetanus start',
    focus: 'tetanus',
    types: ['prevention', 'symptoms'],
  },
  {
    // "Is primaquine safe for me with G6PD deficiency?" -> contraindications (who should not take it)
    // "what foods should I avoid with G6PD" -> lifestyle (diet)
    message:
      'Hi, I am travelling to India for work and the travel clinic prescribed primaquine for malaria. I only found out last year that I have G6PD deficiency. Is primaquine safe for me with G6PD deficiency? Also, what foods should I avoid with G6PD while I am out there, is it just fava beans?',
    focus: 'primaquine',
    types: ['contraindications', 'lifestyle'],
  },
  {
    // "can an infection like chickenpox set off a relapse of his nephrotic syndrome" -> cause (what brings on relapses)
    // "is there anything that can stop him getting chickenpox now he has been exposed" -> prevention (preventing the infection)
    message:
      'my 4 year old has nephrotic syndrome and is on high dose steroids (prednisolone) right now. on saturday he was at a party with a boy who came out in chickenpox the next day. can an infection like chickenpox set off a relapse of his nephrotic syndrome? is there anything that can stop him getting chickenpox now he has been exposed. he has not had the vaccine',
    focus: 'nephrotic syndrome',
    types: ['cause', 'prevention'],
  },
  {
    // "Did the vaccine cause her Dravet syndrome?" -> association (named exposure asked as its cause)
    // "Did she get the SCN1A mutation from one of us?" -> inheritance (whether it runs in families)
    // "How do we stop her having seizures after her next jabs?" -> prevention (preventing attacks)
    subject: 'Vaccines and Dravet',
    message:
      "Our daughter has Dravet syndrome. Her first big seizure, 40 minutes long, came the night after her 4 month jabs. The neurologist says it's an SCN1A mutation and not the vaccine, but my mother-in-law keeps saying the jabs did it. Did the vaccine cause her Dravet syndrome? Did she get the SCN1A mutation from one of us? And how do we stop her having seizures after her next jabs, she is due her 12 month ones.",
    focus: 'Dravet syndrome',
    types: ['association', 'inheritance', 'prevention'],
  },
  {
    // "can a febrile seizure turn into epilepsy" -> complications (turning into another condition)
    // "could the MMR booster bring another one on" -> cause (what brings on its attacks)
    message:
      'My son had a febrile seizure 10 days after his MMR, it was terrifying. can a febrile seizure turn into epilepsy later? could the MMR booster at 3 bring another one on?',
    focus: 'febrile seizure',
    types: ['complications', 'cause'],
  },
  {
    // "Can infections or vaccines trigger another attack of aHUS?" -> cause (what brings on its attacks)
    // "should he avoid the flu shot" -> contraindications (precaution for the vaccine)
    subject: 'aHUS and flu season',
    message:
      'My husband has atypical HUS. His first episode came after a nasty stomach bug two years ago and he nearly lost his kidneys. Can infections or vaccines trigger another attack of aHUS? should he avoid the flu shot this winter or is it better to have it',
    focus: 'aHUS',
    types: ['cause', 'contraindications'],
  },
  {
    // "Can she pass whooping cough to the baby without being ill herself?" -> susceptibility (catching it from others)
    // "what can whooping cough actually do to a newborn?" -> complications (what it can lead to)
    subject: 'grandparents and whooping cough',
    message:
      'Our first baby is due in March. My mother in law refuses to have the whooping cough jab because she "never gets ill". Can she pass whooping cough to the baby without being ill herself? And what can whooping cough actually do to a newborn? I need facts to show my husband.',
    focus: 'whooping cough',
    types: ['susceptibility', 'complications'],
  },
  {
    // "Am I more likely to catch measles because of the azathioprine?" -> susceptibility (whether a medicine raises the risk)
    // "how else can I protect myself from measles" -> prevention (avoiding the infection)
    message:
      "There is a measles outbreak in our town and I'm not sure I ever had the MMR as a child (my mum can't remember). I have Crohn's and take azathioprine, and my GI nurse says I can't have live vaccines. Am I more likely to catch measles because of the azathioprine? If I can't have the jab how else can I protect myself from measles?",
    focus: 'measles',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "Is there a vaccine for Lyme disease?" -> prevention (preventing it)
    // "Is she more at risk of Lyme because of her arthritis or her medicines?" -> susceptibility (a condition raising the risk)
    message:
      'Is there a vaccine for Lyme disease yet? We camp and hike a lot in the summer. My daughter has juvenile arthritis and takes Enbrel - is she more at risk of Lyme because of her arthritis or her medicines?',
    focus: 'Lyme disease',
    types: ['prevention', 'susceptibility'],
  },
  {
    // "Is gardening and the compost risky for him?" -> lifestyle (daily life)
    // "Is there a support group for CGD families?" -> find_specialist (patient organizations)
    subject: 'CGD and the garden',
    message:
      'My 8 year old has CGD (chronic granulomatous disease) and takes his antifungal and antibiotic every day. He loves helping his grandad in the garden, especially with the compost heap and mowing. Is gardening and the compost risky for him with CGD? Is there a support group for CGD families in the UK? We feel very alone with this.',
    focus: 'CGD',
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // "Does the flu shot contain egg?" -> ingredients (what it contains)
    // "should he be kept apart from him at school" -> lifestyle (school)
    message:
      'my son is 7 and has CF, he is due his flu shot but he is also allergic to egg. does the flu shot contain egg? also there is another boy with CF in his year, should he be kept apart from him at school, i heard they can give each other bugs',
    focus: 'flu shot',
    types: ['ingredients', 'lifestyle'],
  },
  {
    // "Why does Down syndrome make RSV more serious for her?" -> susceptibility (a condition raising the risk)
    // "Does she need the palivizumab injection every month all winter?" -> drug_usage (timing)
    subject: 'RSV injections',
    message:
      'Our baby girl (5 months) has Down syndrome and a heart defect that is being repaired in spring. The team has offered her the RSV injections (palivizumab) for this winter. Why does Down syndrome make RSV more serious for her? Does she need the palivizumab injection every month all winter?',
    focus: 'RSV',
    types: ['susceptibility', 'drug_usage'],
  },
  {
    // "Can I catch hep B from him?" -> susceptibility (whether it can be caught)
    // "Is the vaccine enough to protect me and the baby?" -> prevention (preventing it)
    message:
      'My partner has hep B (he was born with it) and we want to start trying for a baby next year. Can I catch hep B from him, even if I had the vaccine? Is the vaccine enough to protect me and the baby, and does the baby need anything extra when it is born?',
    focus: 'hep B',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "how is that even possible" -> susceptibility (whether a vaccinated person can catch it)
    // "can mumps make me infertile" -> complications (what it can lead to)
    subject: 'mumps at uni',
    message:
      'had both MMR jabs as a kid but just got diagnosed with mumps, half my halls has it. how is that even possible. can mumps make me infertile? (im male, 19) one side is really swollen down there',
    focus: 'mumps',
    types: ['susceptibility', 'complications'],
  },
  {
    // "Which travel vaccines can I have with tacrolimus, and can I take malaria tablets with it?" -> interactions (medicine with vaccines and other medicines)
    // "How do I keep my tacrolimus in that heat?" -> storage_disposal (storing it)
    message:
      'I had a kidney transplant two years ago and take tacrolimus and mycophenolate. We are planning 3 weeks in Thailand in the hot season. Which travel vaccines can I have with tacrolimus, and can I take malaria tablets with it? How do I keep my tacrolimus in that heat, we will be on buses and islands a lot.',
    focus: 'tacrolimus',
    types: ['interactions', 'storage_disposal'],
  },
  {
    // "Is it true measles can cause this years later?" -> association (named exposure asked as its cause)
    // "Is there any treatment?" -> treatment (therapies)
    // "How long do children live with SSPE?" -> prognosis (life expectancy)
    subject: 'SSPE',
    message:
      "My cousin's son has just been diagnosed with SSPE at age 12. He had measles when he was 8 months old, before he was old enough for the vaccine. Is it true measles can cause this years later? Is there any treatment? How long do children live with SSPE? The family are devastated and I want to understand before I visit.",
    focus: 'SSPE',
    types: ['association', 'treatment', 'prognosis'],
  },
  {
    // "Can vaccines cause the same kind of regression?" -> cause (what brings on its attacks/decline)
    // "How can we keep her from getting sick in the first place?" -> prevention (preventing the episodes)
    message:
      "My daughter is 3 and has Leigh syndrome. Every time she gets a virus she loses skills, last winter she stopped sitting up after a chest infection and never fully got it back. Her flu vaccine is due. Can vaccines cause the same kind of regression in Leigh syndrome? How can we keep her from getting sick in the first place, she's at nursery 2 days a week.",
    focus: 'Leigh syndrome',
    types: ['cause', 'prevention'],
  },
  {
    // "what is Reye's syndrome" -> information (what it is)
    // "what signs should I look out for" -> symptoms (its signs)
    subject: 'aspirin for chickenpox?',
    message:
      "My 7 year old has chickenpox and my mother wants to give her aspirin for the fever, that's what she did with us. I read something about Reye's syndrome. what is Reye's syndrome and what signs should I look out for",
    focus: "Reye's syndrome",
    types: ['information', 'symptoms'],
  },
  {
    // "can strep throat really cause OCD in kids" -> association (link between two conditions)
    // "is it PANDAS and how do they diagnose it" -> diagnosis (whether his signs could be it, tests)
    message:
      'can strep throat really cause OCD in kids? my 7 yo had strep in december and within a couple weeks started blinking tics and washing his hands until they bleed. is it PANDAS and how do they diagnose it',
    focus: 'PANDAS',
    types: ['association', 'diagnosis'],
  },
  {
    // "Can Remicade wake up old TB?" -> side_effects (whether the problem comes from the medicine)
    // "had the BCG at school - will that make the TB test come back positive?" -> diagnosis (test for TB)
    subject: 'Remicade and TB test',
    message:
      "My doctor wants to start me on Remicade for Behcet's that is affecting my eyes. First I need a TB test and a chest xray. Can Remicade wake up old TB? I grew up in Pakistan and had the BCG at school - will that make the TB test come back positive?",
    focus: 'Remicade',
    types: ['side_effects', 'diagnosis'],
  },
];
