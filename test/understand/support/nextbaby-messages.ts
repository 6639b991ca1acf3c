/**
 * "nextbaby" set. Messages from parents planning a next baby after a child with a condition: the chance it
 * happens again, prenatal tests, IVF with embryo testing, carrier tests, and the first child's condition. Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the labeling
 * guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.789). Scored by nextbaby.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --nextbaby --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const NEXTBABY_MESSAGES: ConsumerMessage[] = [
  // why: "chance our next baby has cystic fibrosis too" asks only about a next baby having it, so inheritance
  {
    message: 'whats the chance our next baby has cystic fibrosis too',
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  // why: a girl being a carrier is inheritance, testing embryos in IVF is diagnosis, insurance payment is other
  {
    subject: 'Carrier of Duchenne - planning baby #2',
    message:
      "Hi. My son is 6 and has Duchenne. After his diagnosis they tested me and I'm a carrier. We would love another child. If we have a girl, could she be a carrier like me? Is it possible to do IVF and test the embryos so we only transfer ones without the mutation? And does insurance usually pay for IVF when it's for a genetic reason, since we don't have fertility problems?",
    focus: 'Duchenne',
    types: ['inheritance', 'diagnosis', 'other'],
  },
  // why: CVS versus amnio is one question about prenatal testing, so diagnosis only
  {
    subject: 'testing early',
    message:
      "Our daughter Leah died of Tay-Sachs when she was 3. I am 9 weeks pregnant now. Can they test the baby early with CVS or do we have to wait for an amnio at 16 weeks? I can't go through months of not knowing.",
    focus: 'Tay-Sachs',
    types: ['diagnosis'],
  },
  // why: "are both of us carriers" is inheritance; long-term outlook and whether he will walk is prognosis
  {
    message:
      'Our son Mateo was diagnosed with spinal muscular atrophy type 1 at 4 months, he got the gene therapy at 5 months and now he is 14 months and sitting with support. We are thinking about another baby in a year or two. Does this mean both of us are carriers? Also what can we expect for Mateo long term, will he be able to walk some day?',
    focus: 'spinal muscular atrophy type 1',
    types: ['inheritance', 'prognosis'],
  },
  // why: age raising the risk is susceptibility, higher chance because a child already has it is inheritance, which test in pregnancy is diagnosis
  {
    message:
      'I am 39 and our first child has Down syndrome (trisomy 21, not the translocation kind, we were told). We want one more. Does my age put me at higher risk now? Is the chance also higher because we already have a child with it? And which test in pregnancy is most accurate, the blood test or amnio?',
    focus: 'Down syndrome',
    types: ['susceptibility', 'inheritance', 'diagnosis'],
  },
  // why: "what can I do differently so it doesn't happen again" is prevention; folic acid dose and when to start is drug_usage
  {
    message:
      "My baby girl was born with spina bifida in January. She's doing ok after the surgery. What can I do differently before my next pregnancy so it doesn't happen again? The nurse said something about a high dose of folic acid, how much do I take and how long before trying should I start?",
    focus: 'spina bifida',
    types: ['prevention', 'drug_usage'],
  },
  // why: whether the medicine is safe while trying to get pregnant is a pregnancy precaution, so contraindications
  {
    subject: 'hydroxyurea and trying for baby 2',
    message:
      "I have sickle cell and I've been on hydroxyurea for 5 years, it's really helped my crises. My first son also has sickle cell disease. My husband and I want to try for another. Is it safe to stay on hydroxyurea while trying to get pregnant?",
    focus: 'hydroxyurea',
    types: ['contraindications'],
  },
  // why: "are we likely to have another baby with it" asks the chance for a next baby, so inheritance
  {
    message:
      'Neither me or my husband are little people but our son has achondroplasia. The doctor said it was a new change, I dont really beleive it. Are we likely to have another baby with it?',
    focus: 'achondroplasia',
    types: ['inheritance'],
  },
  // why: how to avoid catching CMV when pregnant again is prevention; whether his hearing keeps getting worse is prognosis
  {
    message:
      'our son has congenital CMV, he failed his newborn hearing test and now has a hearing aid in his left ear. how do i avoid getting cmv when im pregnant again? i have a toddler in daycare. and will his hearing keep getting worse as he grows',
    focus: 'congenital CMV',
    types: ['prevention', 'prognosis'],
  },
  // why: odds the next one has it is inheritance, finding out during pregnancy is diagnosis, a sibling bone marrow donor to cure her is treatment
  {
    subject: 'Sickle cell - second child',
    message:
      "We both have sickle cell trait and our 3 year old daughter has sickle cell disease (HbSS). We are planning another baby. What are the odds the next one has it too? Can it be found out during the pregnancy? And if the new baby doesn't have it, could he or she be a bone marrow donor to cure our daughter?",
    focus: 'sickle cell disease',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  // why: "does it run in families" and "chance of it happening again" are the same inheritance question
  {
    message:
      'We lost our daughter to trisomy 18 when she was 12 days old. Everyone keeps telling me it was just bad luck, but I need to know before we try again - does trisomy 18 run in families, or is the chance of it happening again very small?',
    focus: 'trisomy 18',
    types: ['inheritance'],
  },
  // why: "did he get it from me" and a daughter being a carrier are inheritance, "which gene" is genetic_changes, testing during pregnancy is diagnosis
  {
    message:
      'my son has severe hemophilia A, found out after his circumcision bled for days. nobody in my family has it that we know of. did he get it from me? if we have a daughter could she be a carrier. which gene is it on? also can they test during the pregnacy so the delivery can be planned safely',
    focus: 'hemophilia A',
    types: ['inheritance', 'genetic_changes', 'diagnosis'],
  },
  // why: whether the new baby will be screened is diagnosis; school lunches and parties with her diet is lifestyle
  {
    message:
      'Our first was picked up with PKU on the heel prick test. Will the new baby be tested the same way or do we need to ask for something extra? Also our daughter is starting school in September, how do we handle school lunches and birthday parties with her diet?',
    focus: 'PKU',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "which gene causes it" asks the gene, so genetic_changes
  {
    subject: 'Rett syndrome gene',
    message:
      'My daughter was diagnosed with Rett syndrome last year. Before we even think about another child I want to understand it better. Which gene causes it?',
    focus: 'Rett syndrome',
    types: ['genetic_changes'],
  },
  // why: chance of another child is inheritance, whether the sister should be tested is diagnosis, a parent support group is find_specialist
  {
    subject: 'Fragile X, sister and support',
    message:
      'Our son Noah (5) has fragile X syndrome, and blood tests showed I have the premutation. We were hoping for one more child. What is the chance of another child with fragile X? Should my younger sister be tested before she starts a family? And is there a support group for parents somewhere in the Midwest? We feel really alone with this.',
    focus: 'fragile X syndrome',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: whether the hospital tests the new baby at birth is diagnosis; what to do so she doesn't get a crisis is prevention of attacks
  {
    subject: 'MCAD deficiency, 2nd baby due in March',
    message:
      "Our older son has it and is doing great. Will the hospital test the new baby at birth or do we need to ask? And what do we have to do in those first days before the results come back so she doesn't get a crisis?",
    focus: 'MCAD deficiency',
    types: ['diagnosis', 'prevention'],
  },
  // why: asks only whether a prenatal test exists, so diagnosis
  {
    message:
      'Is there a prenatal test for Smith-Lemli-Opitz syndrome? Our first was only diagnosed at 8 months after lots of feeding problems and we want to know early next time',
    focus: 'Smith-Lemli-Opitz syndrome',
    types: ['diagnosis'],
  },
  // why: what germline mosaicism means for the chance of recurrence is inheritance; whether a scan shows it early is diagnosis
  {
    message:
      'Our son had osteogenesis imperfecta type II and died a few hours after birth. The genetics team found a new mutation that neither of us carries, but they said there is still a small risk it happens again because of something called germline mosaicism. What does that actually mean for our chances? And could a scan show it early next time, and how early?',
    focus: 'osteogenesis imperfecta type II',
    types: ['inheritance', 'diagnosis'],
  },
  // why: how long babies live is prognosis, a study or new medicine being tested is research, whether it can happen again with another baby is inheritance
  {
    message:
      'Hello, I am writing from Poland, sorry for my english. Our baby boy Antek was born 7 weeks ago and they told us he has Zellweger syndrome. He is very floppy and has seizures and does not eat from the bottle, he has a tube. The doctors do not say much. How long do babies with this usually live? Is there any study or new medicine being tested anywhere in Europe that he could join? My husband also wants to know, if we have another baby in the future, can this happen again?',
    focus: 'Zellweger syndrome',
    types: ['prognosis', 'research', 'inheritance'],
  },
  // why: whether Kalydeco works for every child or only certain mutations is what the medicine is for (indication); whether a sibling has the exact same mutation is genetic_changes
  {
    subject: 'Kalydeco question',
    message:
      'Our 8 year old with CF has been on Kalydeco since he was 2 and it changed his life. We are expecting again and the baby might have CF too. Does Kalydeco work for every child with CF or only for certain mutations? And would a second child with CF have the exact same mutation as his brother?',
    focus: 'Kalydeco',
    types: ['indication', 'genetic_changes'],
  },
  // why: "is HLHS genetic" is inheritance; a fetal echo and at how many weeks is diagnosis
  {
    message:
      'Our son was born with hypoplastic left heart syndrome and has had his Norwood and Glenn. We are thinking about trying again. Is HLHS genetic? Would they do a fetal echo next pregnancy, and at how many weeks?',
    focus: 'hypoplastic left heart syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: what she can do to lower the chance of it happening again is prevention
  {
    message:
      'my first born had a cleft lip and palate, he had his repairs and looks amazing now. is there anything i can do to lower the chance of it happening with the next one? i already take a prenatal vitamin',
    focus: 'cleft lip and palate',
    types: ['prevention'],
  },
  // why: whether Depakote is dangerous in pregnancy is contraindications; stopping it on her own is drug_usage
  {
    message:
      'I have epilepsy and take Depakote. My first baby was born with spina bifida and my neurologist wants me to switch to another medicine before we try again. Is Depakote really that dangerous in pregnancy? Can I just stop it on my own once I get a positive test?',
    focus: 'Depakote',
    types: ['contraindications', 'drug_usage'],
  },
  // why: taking it all at once in the morning is drug_usage; taking it with iron and thyroid pills is interactions
  {
    subject: 'folic acid dose',
    message:
      'Our first pregnancy ended at 20 weeks because of anencephaly. The doctor said to take 4 mg folic acid a day for at least a month before trying again. Can I take it all at once in the morning, and is it ok to take it together with my iron tablets and thyroid pill?',
    focus: 'folic acid',
    types: ['drug_usage', 'interactions'],
  },
  // why: "how rare is it" is frequency; the chance it happens again is inheritance
  {
    message:
      'We had to end our pregnancy at 14 weeks because the baby had Meckel syndrome. We had never heard of it. How rare is it? And what are the chances it happens again for us?',
    focus: 'Meckel syndrome',
    types: ['frequency', 'inheritance'],
  },
  // why: whether an early transplant would help is treatment; whether it is on the newborn screen is diagnosis
  {
    subject: 'Krabbe disease - if it happens again',
    message:
      'Our first son died of Krabbe disease at 20 months. By the time he was diagnosed it was too late for a stem cell transplant. If our next baby has it, would a transplant in the first weeks actually help? Is Krabbe part of the newborn screening in Ohio?',
    focus: 'Krabbe disease',
    types: ['treatment', 'diagnosis'],
  },
  // why: whether IVF with embryo testing is done for it is diagnosis; the cost is other
  {
    subject: 'beta thalassemia major – IVF',
    message:
      'Our son (4) has beta thalassemia major and needs blood every three weeks. We are both carriers. We want to try IVF where they test the embryos so the next baby will not have thalassemia. Is this done for thalassemia? How much does it cost, roughly?',
    focus: 'beta thalassemia',
    types: ['diagnosis', 'other'],
  },
  // why: a named exposure (vaping) asked as its cause is association; likely to happen again is inheritance
  {
    message:
      'Our daughter was born with gastroschisis last spring. I was 21 and vaping during the pregnancy and I keep thinking it was my fault. Could the vaping have caused it? Is it likely to happen again with my next pregnancy?',
    focus: 'gastroschisis',
    types: ['association', 'inheritance'],
  },
  // why: speech delay and ovary problems despite the diet are complications; chance the next baby has it is inheritance
  {
    message:
      "Our daughter has galactosemia, found at 5 days old when she was very sick. She's been on soy formula and now a strict diet. I've read that even with the diet kids can have speech delays and girls can have problems with their ovaries later. Is that true? Also what's the chance our next baby will have galactosemia?",
    focus: 'galactosemia',
    types: ['complications', 'inheritance'],
  },
  // why: the genetic types is genetic_changes, which can happen again in a sibling is inheritance, "will she ever talk" is prognosis, trials is research
  {
    subject: 'Angelman syndrome - which type?',
    message:
      'Our daughter is 4 and has Angelman syndrome. The geneticist said whether it can happen again depends on which type she has, but we were too overwhelmed to take it in. What are the different genetic types, and which ones can happen again in a brother or sister? Will she ever talk? And are there trials for the new treatments we keep seeing on facebook?',
    focus: 'Angelman syndrome',
    types: ['genetic_changes', 'inheritance', 'prognosis', 'research'],
  },
  // why: whether the NIPT blood test picks it up is diagnosis
  {
    message:
      'Can Turner syndrome be picked up on the NIPT blood test? Our daughter has it and I want to know what to expect with testing next time.',
    focus: 'Turner syndrome',
    types: ['diagnosis'],
  },
  // why: CVS versus IVF with embryo testing is diagnosis, insurance cover is other, how long kids live is prognosis
  {
    message:
      'Our son was diagnosed with Sanfilippo syndrome at age 3 after his speech went backwards. We are carriers and want to have another child without it. Is CVS or IVF with embryo testing the better option? Does insurance cover PGT? And honestly, how long do kids with Sanfilippo live now?',
    focus: 'Sanfilippo syndrome',
    types: ['diagnosis', 'other', 'prognosis'],
  },
  // why: whether relatives should get tested is diagnosis
  {
    message:
      'Our son has Canavan disease. I have three sisters who all want kids. Should they and their husbands get tested before they get pregnant?',
    focus: 'Canavan disease',
    types: ['diagnosis'],
  },
  // why: chance the next baby has it is inheritance, checking early in pregnancy is diagnosis, whether school struggles and a murmur belong to it is symptoms
  {
    message:
      "After my son was diagnosed with 22q11.2 deletion syndrome they tested both of us and it turns out I have it too, I'm 31 and never knew. What are the chances our next baby has it? Can they check for it early in a pregnancy? And could it explain why I always struggled at school and had a heart murmur as a kid?",
    focus: '22q11.2 deletion syndrome',
    types: ['inheritance', 'diagnosis', 'symptoms'],
  },
  // why: a higher chance with the next baby is inheritance
  {
    message:
      'my son was born with a congenital diaphragmatic hernia and spent 3 months in the nicu. is there a higher chanse with our next baby',
    focus: 'congenital diaphragmatic hernia',
    types: ['inheritance'],
  },
  // why: whether each pregnancy is really 50/50 from a mildly affected father is inheritance
  {
    subject: 'Noonan syndrome – 50/50?',
    message:
      "After our son was diagnosed with Noonan syndrome, my husband was tested and he has the same PTPN11 change. He just has a mild heart valve thing and is shorter than his brothers. The doctor said every pregnancy is 50/50. Is that really right even though he's so mild?",
    focus: 'Noonan syndrome',
    types: ['inheritance'],
  },
  // why: "could I have it too" based on her own skin signs is diagnosis
  {
    message:
      'Our baby daughter has tuberous sclerosis, diagnosed after her first seizures. I have a few white patches on my skin and little bumps on my nose. Could I have tuberous sclerosis too without knowing it?',
    focus: 'tuberous sclerosis',
    types: ['diagnosis'],
  },
  // why: "how common is it" is frequency
  {
    message:
      'How common is Joubert syndrome?? Our son was diagnosed last month and not one person we know has ever heard of it, not even our pediatrician.',
    focus: 'Joubert syndrome',
    types: ['frequency'],
  },
  // why: where to find a genetic counselor who knows it is find_specialist
  {
    subject: 'genetic counselor for Menkes disease',
    message:
      'Our son has Menkes disease. We want to talk to a genetic counselor who actually knows this condition before we think about another baby. Where can we find one in the Chicago area?',
    focus: 'Menkes disease',
    types: ['find_specialist'],
  },
  // why: "which gene" is genetic_changes, testing early in pregnancy is diagnosis, gene therapy being studied is research
  {
    message:
      'Our daughter has recessive dystrophic epidermolysis bullosa. Her skin blisters with every touch and bath time takes two hours. We are thinking of a second child but we are scared. Which gene is it in her type? Could the next baby be tested early in pregnancy? Is there any gene therapy being studied that could help her?',
    focus: 'epidermolysis bullosa',
    types: ['genetic_changes', 'diagnosis', 'research'],
  },
];
