/**
 * "genekidney" set. Messages about inherited kidney conditions: dialysis, transplant, blood pressure
 * medicines, diet, family testing, with other questions. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.975, type F1 0.862). Scored by genekidney.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --genekidney --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const GENEKIDNEY_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether it runs in families -> inheritance
  {
    message: 'is medullary cystic kidney disease hereditary? my dad has it and so did his mom',
    focus: 'medullary cystic kidney disease',
    types: ['inheritance'],
  },
  // why: diet questions (foods to eat) are lifestyle; condition named only in the subject
  {
    subject: 'Gitelman syndrome - diet?',
    message:
      "What foods should I be eating to keep my potassium and magnesium up? I'm sick of the tablets upsetting my stomach.",
    focus: 'Gitelman syndrome',
    types: ['lifestyle'],
  },
  // why: whether the condition can damage the kidneys -> complications
  {
    message: 'My son has Bardet-Biedl syndrome. Can it affect his kidneys later on?',
    focus: 'Bardet-Biedl syndrome',
    types: ['complications'],
  },
  // why: asks only about trials -> research
  {
    message:
      'Are there any clinical trials for nephronophthisis at the moment? My son is 9 and his kidney function is dropping.',
    focus: 'nephronophthisis',
    types: ['research'],
  },
  // why: how rare it is -> frequency
  {
    message: 'how rare is dent disease?? our pediatrician had never heard of it',
    focus: 'Dent disease',
    types: ['frequency'],
  },
  // why: which gene -> genetic_changes
  {
    message:
      'My nephew has just been diagnosed with Liddle syndrome at 14 because of very high blood pressure. Which gene is it in?',
    focus: 'Liddle syndrome',
    types: ['genetic_changes'],
  },
  // why: whether the cough comes from the medicine -> side_effects, focus the medicine
  {
    message:
      'does lisinopril make you cough? ive had a dry tickly cough since i started it 3 weeks ago for my blood pressure',
    focus: 'lisinopril',
    types: ['side_effects'],
  },
  // why: asks about a cure -> treatment
  {
    message: 'Can medullary sponge kidney be cured, or is it just managing the stones forever?',
    focus: 'medullary sponge kidney',
    types: ['treatment'],
  },
  // why: support groups -> find_specialist
  {
    message:
      'Are there any support groups for parents of kids with Denys-Drash syndrome? We feel very alone.',
    focus: 'Denys-Drash syndrome',
    types: ['find_specialist'],
  },
  // why: asks what the condition is -> information
  {
    message:
      "What is branchio-oto-renal syndrome? The ENT mentioned it because of the little pits in front of my daughter's ears and her kidney scan.",
    focus: 'branchiootorenal syndrome',
    types: ['information'],
  },
  // why: a medicine together with another medicine -> interactions, focus tacrolimus
  {
    message:
      "I had a kidney transplant in March and I'm on tacrolimus. Am I allowed to take ibuprofen for a bad back or does it mess with it?",
    focus: 'tacrolimus',
    types: ['interactions'],
  },
  // why: pregnancy while taking a medicine -> contraindications
  {
    subject: 'losartan and pregnancy',
    message: "Is it safe to try for a baby while I'm still on losartan?",
    focus: 'losartan',
    types: ['contraindications'],
  },
  // why: how/when to take the medicine (with meals) -> drug_usage
  {
    message:
      'does sevelamer have to be taken with food or can i take it all at once in the morning. dialysis nurse said something but i forgot',
    focus: 'sevelamer',
    types: ['drug_usage'],
  },
  // why: preventing the stones (attacks) of the condition -> prevention
  {
    message:
      'Does drinking loads of water actually stop cystinuria stones? How much would I need to drink a day?',
    focus: 'cystinuria',
    types: ['prevention'],
  },
  // why: life expectancy -> prognosis
  {
    message: 'What is the life expectancy for a baby born with congenital nephrotic syndrome?',
    focus: 'congenital nephrotic syndrome',
    types: ['prognosis'],
  },
  // why: best blood pressure medicine -> treatment; whether he will end up on dialysis (course) -> prognosis
  {
    message:
      "I'm 34 and was found to have polycystic kidney disease last year after a scan for back pain. My blood pressure is starting to creep up now. What is the best blood pressure medicine for someone with PKD? And realistically, am I going to end up on dialysis?",
    focus: 'polycystic kidney disease',
    types: ['treatment', 'prognosis'],
  },
  // why: whether the hearing loss belongs to the condition -> symptoms
  {
    message:
      'Our son is 16 and has Alport syndrome. Lately his hearing seems to be getting worse, he keeps turning the TV up. Is the hearing loss part of the Alport, or should we look for another reason? Nobody ever mentioned ears to us.',
    focus: 'Alport syndrome',
    types: ['symptoms'],
  },
  // why: cure or an easier therapy -> treatment (one question asked twice)
  {
    subject: 'cystinosis in our toddler',
    message:
      'Our daughter is 2 and was diagnosed with nephropathic cystinosis in the spring. The medicine every 6 hours is wearing all of us down, she hates the taste and smell. Is there any cure, or at least a treatment that does not need so many doses?',
    focus: 'cystinosis',
    types: ['treatment'],
  },
  // why: whether she as a sister could have it -> inheritance; which test -> diagnosis
  {
    message:
      "My brother was diagnosed with Fabry disease after a kidney biopsy. His doctor said the rest of the family should get checked. I'm a woman - can I actually have it too? And what kind of test would they do on me?",
    focus: 'Fabry disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: whether liver damage from the medicine is common -> side_effects
  {
    message:
      "My nephrologist wants me to start Jynarque (tolvaptan) for my kidney cysts. I've read it can damage the liver and make you pee constantly. How common is the liver problem, really?",
    focus: 'tolvaptan',
    types: ['side_effects'],
  },
  // why: how it is confirmed -> diagnosis; whether parents passed it on -> inheritance
  {
    message:
      'my 5 yr old has had kidney stones twice now and the urologist thinks it could be primary hyperoxaluria. how do they confirm it? is it something me or my husband gave him?',
    focus: 'primary hyperoxaluria',
    types: ['diagnosis', 'inheritance'],
  },
  // why: whether a transplant is an option -> treatment
  {
    message:
      'My wife developed atypical HUS a week after our daughter was born and her kidneys failed. She has been on dialysis for 8 months. Is a kidney transplant possible for her with this disease?',
    focus: 'atypical hemolytic uremic syndrome',
    types: ['treatment'],
  },
  // why: moving or skipping a dose -> drug_usage, focus the medicine
  {
    message:
      'Our son gets Soliris infusions every two weeks for aHUS. We would like to visit family abroad for a month this summer. Can an infusion be moved a few days, or even skipped once?',
    focus: 'eculizumab',
    types: ['drug_usage'],
  },
  // why: whether she will grow normally and the long-term outlook -> prognosis
  {
    subject: 'newborn with Bartter',
    message:
      'Our baby girl was born at 31 weeks (there was a lot of fluid in the pregnancy) and has been diagnosed with Bartter syndrome. She is on potassium and indomethacin. Will she grow normally? What is the long term for these children?',
    focus: 'Bartter syndrome',
    types: ['prognosis'],
  },
  // why: what problems can come in the kidneys -> complications
  {
    message:
      'Hello, my daughter have Joubert syndrome, she is 6. The doctor say we must check her kidneys every year with blood and ultrasound. Why the kidneys? What problem can come there?',
    focus: 'Joubert syndrome',
    types: ['complications'],
  },
  // why: what happens if untreated -> complications; sports -> lifestyle
  {
    message:
      'im 15 and have distal renal tubular acidosis. i take the citrate stuff 3 times a day and i forget it a lot. what actually happens to my body if the acid isnt treated properly? also can i keep wrestling',
    focus: 'distal renal tubular acidosis',
    types: ['complications', 'lifestyle'],
  },
  // why: telling it apart from Alport and whether it could be Alport instead -> diagnosis (one type)
  {
    message:
      'A urine test at my work medical showed blood. The urologist found nothing and now a nephrologist thinks it is thin basement membrane disease. My mother also always had blood in her urine. Could this be Alport instead? How do doctors tell the difference?',
    focus: 'thin basement membrane nephropathy',
    types: ['diagnosis'],
  },
  // why: why he takes the medicine when his blood pressure is normal -> indication
  {
    subject: 'ramipril for a child?',
    message:
      'Our 12 year old has Alport syndrome and the kidney doctor has put him on ramipril. His blood pressure is normal though. What is it supposed to be doing for him?',
    focus: 'ramipril',
    types: ['indication'],
  },
  // why: whether steroids will work -> treatment; whether the sister should be tested before donating -> diagnosis
  {
    message:
      'I have FSGS and my genetic test found two changes in the NPHS2 gene. Does that mean steroids will not work for me? My sister wants to give me a kidney - should she be tested for it first?',
    focus: 'focal segmental glomerulosclerosis',
    types: ['treatment', 'diagnosis'],
  },
  // why: special diet, low salt -> lifestyle
  {
    message:
      'Our grandson is 3 and has nephrogenic diabetes insipidus. He drinks all the time and is wet through every night. My daughter asked me to find out if there is a special diet for him - should his food be low in salt?',
    focus: 'nephrogenic diabetes insipidus',
    types: ['lifestyle'],
  },
  // why: when to scan the grandchildren -> diagnosis; anything to slow it -> treatment; rugby -> lifestyle
  {
    subject: 'ADPKD in three generations',
    message:
      "I'm writing on behalf of my son, who is 41. His father (my late husband) had ADPKD and spent his last six years on dialysis three times a week, so we know what this disease can do. Last month my son had an ultrasound because of blood in his urine and they found cysts in both kidneys. He has two boys, 12 and 9. His wife wants them scanned now, he would rather wait until they are grown up. At what age should the boys be checked? Is there anything these days that slows the cysts down, because my husband was never offered anything? The 12 year old plays rugby and is mad about it, should he stop? Thank you so much for reading this.",
    focus: 'autosomal dominant polycystic kidney disease',
    types: ['diagnosis', 'treatment', 'lifestyle'],
  },
  // why: whether the baby will survive and breathe -> prognosis; chance the next baby has it -> inheritance
  {
    message:
      "at our 20 week scan they said the baby's kidneys are very big and bright and there is not much fluid around him. the specialist says it is probably autosomal recessive polycystic kidney disease but they cant be sure until he is born. we are just devastated. nobody in either family has kidney problems. will he be able to breathe when he is born, do babies with this survive? and if we try again later what are the chances it happens again? sorry for the long message we dont know who else to ask",
    focus: 'autosomal recessive polycystic kidney disease',
    types: ['prognosis', 'inheritance'],
  },
  // why: what else it can do with age -> complications; an adult clinic that knows it -> find_specialist
  {
    message:
      "Hi, I'm 24 and I've had cystinosis since I was a baby. I got a kidney transplant from my dad at 12 and it is still working well. I still take cysteamine and the eye drops, although honestly not always as I should. My pediatric nephrologist is retiring and says I need to move to adult services, but nobody at the local hospital seems to know much about cystinosis. I've read on forums about people getting muscle weakness and trouble swallowing in their 30s. What else can cystinosis do as I get older, now that the kidney part is 'fixed'? And is there a clinic for adults with cystinosis anywhere in the north of England?",
    focus: 'cystinosis',
    types: ['complications', 'find_specialist'],
  },
  // why: which gene change -> genetic_changes; when dialysis will be needed -> prognosis; new drug trials -> research
  {
    message:
      'Hello, we got the genetic report for our son (7) yesterday and I have a few questions I could not ask the doctor in time:\n1. The report says Alport syndrome, variant in COL4A5. What does this change in the gene mean exactly?\n2. Will he need dialysis, and at what age does this usually happen for boys?\n3. Are there any trials of new medicines for Alport that children can join?\nThank you.',
    focus: 'Alport syndrome',
    types: ['genetic_changes', 'prognosis', 'research'],
  },
  // why: whether enzyme replacement is still worth it -> treatment; whether his daughters will have it -> inheritance
  {
    subject: 'late diagnosis',
    message:
      "For twenty years I had burning pain in my hands and feet and was told it was growing pains, then nerves, then stress. Nobody put it together until my kidneys failed at 43 and a sharp doctor on the dialysis unit ordered an enzyme test: Fabry disease. I'm 45 now, dialysis three times a week, waiting for a transplant. The specialist is talking about enzyme replacement infusions, but is there any point to that now the kidneys are already gone? And I have two daughters, 17 and 20 - will they have it?",
    focus: 'Fabry disease',
    types: ['treatment', 'inheritance'],
  },
  // why: changing the dose times -> drug_usage; grapefruit juice with the medicine -> interactions
  {
    message:
      "I've been on tolvaptan for about four months for PKD. My kidney numbers are stable which is great, but I'm up three or four times a night to pee and I am exhausted at work. I take the big dose when I wake up at 6 and the small one at 2pm. Could I take the second dose earlier so the night is better, or does it have to be 8 hours apart? Also I drink grapefruit juice most mornings, my wife says I read somewhere that it doesn't go with some pills, is that a problem with this one?",
    focus: 'tolvaptan',
    types: ['drug_usage', 'interactions'],
  },
  // why: how often the children should be scanned -> diagnosis (screening); a centre following families -> find_specialist
  {
    message:
      'My husband has von Hippel-Lindau disease. He has already had part of one kidney removed for a tumour and has cysts in his pancreas, and his mum lost her sight in one eye from it. Our children are 4 and 8 and both tested positive last year. The local hospital is kind, but they admit they only see one or two families with VHL. How often should the kids be scanned, and from what age? Is there a centre or a specialist team that follows VHL families that we could be referred to?',
    focus: 'von Hippel-Lindau disease',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: whether the tumours turn into cancer and whether they can bleed -> complications (both)
  {
    message:
      "My daughter is 19 and has tuberous sclerosis complex. She was diagnosed as a baby because of seizures, which are mostly under control now. At her last MRI they found several growths on both kidneys, angiomyolipomas the report said, the biggest is 4 cm. The doctor was quite calm about it but mentioned 'keeping an eye on bleeding'. She is starting university in September, far from home. Can these kidney growths turn into cancer? Can they bleed suddenly, and what would that look like?",
    focus: 'tuberous sclerosis complex',
    types: ['complications'],
  },
  // why: whether the protein belongs to it -> symptoms; whether kidneys will fail -> prognosis; how common -> frequency
  {
    message:
      "So my girlfriend has nail-patella syndrome, she has the funny thumbnails and her kneecaps pop out and she's had two surgeries on them already. Her mum has it too. At her last checkup they found protein in her urine and now she's freaking out. Is the protein thing part of nail-patella? Will her kidneys actually fail one day? And honestly how common is this, because none of her doctors seem to have seen it before lol",
    focus: 'nail-patella syndrome',
    types: ['symptoms', 'prognosis', 'frequency'],
  },
  // why: whether the mother is a carrier and whether her sister's babies could have it -> inheritance; organisations -> find_specialist
  {
    message:
      'Our grandson Tommy is 3 and has Lowe syndrome. He had cataract surgery as a newborn, and now the kidney doctors say his kidneys leak too much of everything and he takes lots of medicines by mouth. He is a joy and he is walking now! Our daughter (his mum) wants to know if she is a carrier, and her younger sister is getting married next year and is worried if her babies could get it too. We are his grandparents and want to help however we can. Is there an organisation for Lowe syndrome families that we could contact?',
    focus: 'Lowe syndrome',
    types: ['inheritance', 'find_specialist'],
  },
];
