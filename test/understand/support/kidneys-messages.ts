/**
 * "kidneys" set. Messages about kidney and urinary conditions and their medicines (polycystic kidney disease,
 * Alport syndrome, nephrotic syndrome, kidney stones, dialysis and transplant). Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 0.975, type F1 0.855). Scored by kidneys.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --kidneys --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const KIDNEYS_MESSAGES: ConsumerMessage[] = [
  {
    // "cystinuria diet tips?" -> lifestyle (diet)
    message: 'cystinuria diet tips?',
    focus: 'cystinuria',
    types: ['lifestyle'],
  },
  {
    // "it can damage the liver, is that true?" -> side_effects (whether the medicine harms the liver)
    // "do I really have to take the second dose in the afternoon?" -> drug_usage (dose timing)
    subject: 'tolvaptan questions',
    message:
      'Hi, my nefrologist wants to start me on tolvaptan for my ADPKD. I read online that it can ' +
      'damage the liver, is that true? And do I really have to take the second dose in the afternoon? I ' +
      'will be up all night peeing. Thanks',
    focus: 'tolvaptan',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is this passed down from the father's side?" -> inheritance (how it runs in the family)
    // "Will my son end up on dialysis too?" -> prognosis (course of the disease)
    message:
      'My son (9) was just diagnosed with Alports after they kept finding blood in his urine. My ' +
      "husband's brother had kidney failure at 30 and nobody ever knew why. Is this passed down from the " +
      "father's side? Will my son end up on dialysis too?",
    focus: 'Alport syndrome',
    types: ['inheritance', 'prognosis'],
  },
  {
    // "what is fabry disease" -> information (what the condition is)
    message: 'what is fabry disease',
    focus: 'Fabry disease',
    types: ['information'],
  },
  {
    // "Why does that happen?" -> cause (what brings on the bloody-urine episodes)
    // "Are there any trials for IgAN going on right now?" -> research (clinical trials)
    // "can I keep eating a high protein diet?" -> lifestyle (diet)
    subject: 'IgA nephropathy',
    message:
      'Diagnosed by biopsy last month, 34 yo male. Every time I get a sore throat my pee turns ' +
      'cola colored a day or two later. Why does that happen? Are there any trials for IgAN going on ' +
      'right now? Also I lift weights, can I keep eating a high protein diet?',
    focus: 'IgA nephropathy',
    types: ['cause', 'research', 'lifestyle'],
  },
  {
    // "how do we stop the relapses??" -> prevention (preventing relapses)
    message:
      'our 4 year old has nephrotic syndrome and this is her 3rd relapse this year, it always ' +
      'starts after a cold. how do we stop the relapses?? we are exhausted',
    focus: 'nephrotic syndrome',
    types: ['prevention'],
  },
  {
    // "Is the prednisone making my son so angry and puffy in the face?" -> side_effects (from the drug?)
    // "can he just stop it all at once?" -> drug_usage (stopping)
    subject: 'steroids and my boy',
    message:
      'Is the prednisone making my son so angry and puffy in the face? He takes 40 mg every ' +
      'morning for his kidneys (nephrotic). When the doctor says he is in remission can he just stop it ' +
      'all at once?',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "How can I keep from getting more?" -> prevention (preventing new stones)
    // "could that have caused them?" -> association (a named exposure, iced tea, asked as the cause)
    message:
      "I've had 3 kidney stones in 2 years, worst pain of my life. How can I keep from getting " +
      "more? My husband says it's all the iced tea I drink - could that have caused them?",
    focus: 'kidney stones',
    types: ['prevention', 'association'],
  },
  {
    // "How common is polycystic kidney disease?" -> frequency (how common)
    message: 'How common is polycystic kidney disease?',
    focus: 'polycystic kidney disease',
    types: ['frequency'],
  },
  {
    // "which genes cause it, is it only PKD1 and PKD2?" -> genetic_changes (which genes)
    // "does that mean I will do better than he did?" -> prognosis (outlook)
    message:
      'my dad had ADPKD and was on dialysis at 50. which genes cause it, is it only PKD1 and PKD2? ' +
      'my genetic test came back PKD2, does that mean I will do better than he did?',
    focus: 'autosomal dominant polycystic kidney disease',
    types: ['genetic_changes', 'prognosis'],
  },
  {
    // "Can she still travel while on dialysis, and how would that even work" -> lifestyle (travel)
    // "what foods should she stay away from now?" -> lifestyle (diet)
    subject: 'Mom on dialysis - travel?',
    message:
      'Hello and thank you for this service. My mother is 72 and started diaylsis three times a ' +
      'week in September after many years of diabetes. She is doing better than we expected, she has more ' +
      'energy and her color is back. Every winter for the past 20 years she has spent two months with her ' +
      'sister in Florida and it is the thing she looks forward to most. Her social worker was very vague ' +
      'about it. Can she still travel while on dialysis, and how would that even work with her ' +
      'treatments? Also, what foods should she stay away from now? She still cooks for the whole family ' +
      'on Sundays. Any advice is appreciated.',
    focus: 'dialysis',
    types: ['lifestyle'],
  },
  {
    // "How long does a transplanted kidney usually last?" -> prognosis (outlook of the graft)
    // "Where can we find a center that does living donor transplants" -> find_specialist (transplant center)
    // "does his insurance pay for my surgery or do I?" -> other (insurance/costs)
    message:
      'My brother needs a kidney transplant and I want to be his donor. How long does a ' +
      'transplanted kidney usually last? Where can we find a center that does living donor transplants ' +
      'near Columbus Ohio? And does his insurance pay for my surgery or do I?',
    focus: 'kidney transplant',
    types: ['prognosis', 'find_specialist', 'other'],
  },
  {
    // "can i eat grapefruit while on tacrolimus?" -> interactions (medicine with food)
    message: 'can i eat grapefruit while on tacrolimus? kidney transplant 2 yrs ago',
    focus: 'tacrolimus',
    types: ['interactions'],
  },
  {
    // "How should cyclosporine capsules be stored?" -> storage_disposal (storing)
    subject: 'storing cyclosporine',
    message:
      'How should cyclosporine capsules be stored? Our fridge is tiny and the label from the ' +
      'pharmacy fell off.',
    focus: 'cyclosporine',
    types: ['storage_disposal'],
  },
  {
    // "What is it for exactly?" -> indication (what the medicine is for)
    // "does it have any gluten in it?" -> ingredients (what it contains)
    message:
      'My dad (dialysis) was given sevelamer to take with his meals. What is it for exactly? He ' +
      'has celiac disease too, does it have any gluten in it?',
    focus: 'sevelamer',
    types: ['indication', 'ingredients'],
  },
  {
    // "Is there a test that confirms it?" -> diagnosis (confirming test)
    // "What is the life expectancy for kids with cystinosis now?" -> prognosis (life expectancy)
    // "Are there support groups for parents?" -> find_specialist (support groups)
    message:
      'Our daughter is 14 months and not growing, she is always thirsty and wets through every ' +
      'diaper. The doctor mentioned sistinosis and sent us to genetics. Is there a test that confirms it? ' +
      'What is the life expectancy for kids with cystinosis now? Are there support groups for parents? ' +
      'Thank you.',
    focus: 'cystinosis',
    types: ['diagnosis', 'prognosis', 'find_specialist'],
  },
  {
    // "Can daughters carry it or get it?" -> inheritance (carriers, a daughter's chance)
    // "What symptoms should I be watching for in myself?" -> symptoms (signs)
    subject: 'Fabry in women?',
    message:
      "My father was diagnosed with Fabry disease at 58 after a stroke. I'm 31 and female. Can " +
      'daughters carry it or get it? What symptoms should I be watching for in myself?',
    focus: 'Fabry disease',
    types: ['inheritance', 'symptoms'],
  },
  {
    // "Is FSGS genetic?" -> inheritance (whether it runs in families)
    // "Should our two kids be tested?" -> diagnosis (whether relatives should be tested)
    // "Which genes cause it?" -> genetic_changes (which genes)
    message:
      'My husband has FSGS and is on the transplant list. His mom had kidney problems too. Is FSGS ' +
      'genetic? Should our two kids be tested? Which genes cause it?',
    focus: 'focal segmental glomerulosclerosis',
    types: ['inheritance', 'diagnosis', 'genetic_changes'],
  },
  {
    // "Is allopurinol safe while breastfeeding?" -> contraindications (breastfeeding)
    message: 'Is allopurinol safe while breastfeeding? I had uric acid stones after my baby was born.',
    focus: 'allopurinol',
    types: ['contraindications'],
  },
  {
    // "how does losartan protect the kidneys" -> indication (how the medicine works)
    // "can i take ibuprofen with it" -> interactions (with another medicine)
    message:
      'my nephrologist put me on losartan for my IgA nephropathy even though my BP is normal?? how ' +
      'does losartan protect the kidneys. and can i take ibuprofen with it for my back pain',
    focus: 'losartan',
    types: ['indication', 'interactions'],
  },
  {
    // "Can the shots cause high blood pressure or clots?" -> side_effects (problems from the medicine)
    subject: 'Epogen shots',
    message:
      'Hi. My husband is on dialysis and gets Epogen with his treatments. Can the shots cause high ' +
      'blood pressure or clots? His pressure has been way up lately.',
    focus: 'Epogen',
    types: ['side_effects'],
  },
  {
    // "What are her chances?" -> prognosis (outlook)
    // "Is this something that runs in families?" -> inheritance (runs in families)
    // "Should her baby brother be checked?" -> diagnosis (whether a relative should be tested)
    message:
      'Our 3-year-old granddaughter has a Wilms tumor in her left kidney, surgery is next week. ' +
      'What are her chances? Is this something that runs in families? Should her baby brother be checked?',
    focus: 'Wilms tumor',
    types: ['prognosis', 'inheritance', 'diagnosis'],
  },
  {
    // "Is medullary sponge kidney the same thing as polycystic kidney disease?" -> information (same or not)
    subject: 'MSK',
    message:
      'Is medullary sponge kidney the same thing as polycystic kidney disease? My urologist said I ' +
      'have sponge kidneys.',
    focus: 'medullary sponge kidney',
    types: ['information'],
  },
  {
    // "Are there any new drugs or trials?" -> research (new treatments, trials)
    // "is a liver transplant really the only cure?" -> treatment (cures)
    subject: 'primary hyperoxaluria type 1',
    message:
      'Our son has had kidney stones since he was 2 and was finally diagnosed with PH1. Are there ' +
      'any new drugs or trials? And is a liver transplant really the only cure?',
    focus: 'primary hyperoxaluria',
    types: ['research', 'treatment'],
  },
  {
    // "Could it be from my birth control pill?" -> association (named exposure asked as the cause)
    // "Do cranberry pills actually help prevent them?" -> prevention (preventing infections)
    message:
      "I'm 28 and I get a UTI almost every month. Could it be from my birth control pill? Do " +
      'cranberry pills actually help prevent them?',
    focus: 'urinary tract infection',
    types: ['association', 'prevention'],
  },
  {
    // "nitrofurantoin turning my pee dark brown?? is that normal" -> side_effects (from the drug?)
    message: 'nitrofurantoin turning my pee dark brown?? is that normal',
    focus: 'nitrofurantoin',
    types: ['side_effects'],
  },
  {
    // "Why would a kidney problem cause clots in my legs?" -> complications (clots as a result of it)
    // "What other problems can nephrotic syndrome lead to?" -> complications (other problems)
    message:
      'Diagnosed with nephrotic syndrome (membranous) in March. My doctor keeps warning me about ' +
      'blood clots. Why would a kidney problem cause clots in my legs? What other problems can nephrotic ' +
      'syndrome lead to?',
    focus: 'nephrotic syndrome',
    types: ['complications'],
  },
  {
    // "Can I still train for marathons?" -> lifestyle (exercise)
    message:
      'I have Gitelman syndrome and my potassium and magnesium run low no matter what. Can I still ' +
      'train for marathons? I cramp badly around mile 15.',
    focus: 'Gitelman syndrome',
    types: ['lifestyle'],
  },
  {
    // "Can her little sister catch it from her?" -> susceptibility (whether it can be caught)
    // "Will her kidneys recover?" -> prognosis (recovery)
    // "How do we keep this from ever happening again?" -> prevention (preventing it)
    subject: 'HUS after petting zoo',
    message:
      "My 5 yr old got E. coli and then HUS after a petting zoo visit, she's in the ICU on " +
      'dialysis. Can her little sister catch it from her? Will her kidneys recover? How do we keep this ' +
      'from ever happening again?',
    focus: 'hemolytic uremic syndrome',
    types: ['susceptibility', 'prognosis', 'prevention'],
  },
  {
    // "What is eculizumab" -> indication (what the medicine is and is for)
    // "why does my son need a meningitis vaccine before he can start it?" -> contraindications (precaution)
    message:
      'What is eculizumab and why does my son need a meningitis vaccine before he can start it? He ' +
      'was diagnosed with atypical HUS.',
    focus: 'eculizumab',
    types: ['indication', 'contraindications'],
  },
  {
    // "does coffee make the flares worse?" -> cause (what brings on its flares)
    message: 'Interstitial cystitis here - does coffee make the flares worse?',
    focus: 'interstitial cystitis',
    types: ['cause'],
  },
  {
    // "Can I take my oxybutynin only at bedtime?" -> drug_usage (timing)
    message: 'Can I take my oxybutynin only at bedtime? The dry mouth during the day is awful. 67 yo woman',
    focus: 'oxybutynin',
    types: ['drug_usage'],
  },
  {
    // "how is a prostate drug supposed to help?" -> indication (how the medicine works / what it is for)
    subject: 'flomax for a stone??',
    message:
      "The ER gave me Flomax to help pass a 5mm stone. I'm a woman, how is a prostate drug " +
      'supposed to help?',
    focus: 'Flomax',
    types: ['indication'],
  },
  {
    // "nephronophthisis - what is it?" -> information (what the condition is)
    // "how rare is this?" -> frequency (how rare)
    message:
      'nephronophthisis - what is it? my nephew was diagnosed at 11 and they say he will need a ' +
      'kidney before he is 20. how rare is this?',
    focus: 'nephronophthisis',
    types: ['information', 'frequency'],
  },
  {
    // "How much sodium bicarbonate should a 6 year old ... be taking?" -> drug_usage (dose)
    // "what do we do if she misses her noon dose at school?" -> drug_usage (missed dose)
    message:
      'How much sodium bicarbonate should a 6 year old with distal RTA be taking? And what do we ' +
      'do if she misses her noon dose at school?',
    focus: 'sodium bicarbonate',
    types: ['drug_usage'],
  },
  {
    // "How could our baby have it when neither of us does?" -> inheritance (how it is passed on)
    // "Can they test the baby's genes before birth to be sure?" -> diagnosis (prenatal test)
    // "What is the outlook for babies like ours?" -> prognosis (outlook)
    subject: 'our baby',
    message:
      'At our 20 week scan they saw big bright kidneys and low fluid and the doctors think it is ' +
      'autosomal recessive polycystic kidney disease. Nobody in either of our families has kidney ' +
      "problems. How could our baby have it when neither of us does? Can they test the baby's genes " +
      'before birth to be sure? What is the outlook for babies like ours? We are heartbroken and trying ' +
      'to understand.',
    focus: 'autosomal recessive polycystic kidney disease',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  {
    // "Is there any medicine that dissolves cystine stones?" -> treatment (medicines)
    message:
      'Hi all, 22F with cystinuria, 14 stones and 4 surgeries so far and I already drink 4 liters ' +
      'a day. Is there any medicine that dissolves cystine stones? Thanks',
    focus: 'cystinuria',
    types: ['treatment'],
  },
  {
    // "she is itchy all the time, is that from her kidneys?" -> symptoms (whether a sign belongs to it)
    message: 'my mom is stage 4 CKD and she is itchy all the time, is that from her kidneys?',
    focus: 'chronic kidney disease',
    types: ['symptoms'],
  },
  {
    // "Can these bleed?" -> complications (problems it can lead to)
    // "What treatments are there for them?" -> treatment (therapies)
    // "Are there TSC clinics in Texas?" -> find_specialist (expert clinics)
    message:
      'My daughter has TSC and her last MRI showed angiomyolipomas on both kidneys. Can these ' +
      'bleed? What treatments are there for them? Are there TSC clinics in Texas?',
    focus: 'tuberous sclerosis complex',
    types: ['complications', 'treatment', 'find_specialist'],
  },
  {
    // "Can it cause ringing in the ears?" -> side_effects (problem from the medicine)
    // "Is it ok to have a beer or two with it?" -> interactions (with alcohol)
    message:
      'I take Lasix 40 mg for swelling from my kidneys. Can it cause ringing in the ears? Is it ok ' +
      'to have a beer or two with it?',
    focus: 'Lasix',
    types: ['side_effects', 'interactions'],
  },
];
