/**
 * "codeswitch" set. Messages mixing English with another language (Spanish, Hindi, Tagalog, French or Arabic
 * words), from bilingual families, about rare conditions and medicines, all question types. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.724). Scored by
 * codeswitch.test.ts and by `npx tsx test/understand/support/score-messages.ts --codeswitch --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CODESWITCH_MESSAGES: ConsumerMessage[] = [
  // why: cancer later and hair loss both ask whether the medicine causes a problem -> side_effects of hydroxyurea
  {
    message:
      'hola, mi hijo tiene sickle cell y el hematologo quiere empezar hydroxyurea. can it cause cancer later on?? y se le va a caer el pelo? he is only 9',
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  // why: chance that the baby has the major form -> inheritance only
  {
    message:
      'Mujhe beta thal minor hai aur meri wife ko bhi. Hum baby plan kar rahe hain. Kya humare bache ko thalassemia major hoga? chances kitne hain exactly?',
    focus: 'beta thalassemia',
    types: ['inheritance'],
  },
  // why: only asks what the disease is -> information
  {
    message:
      'Hi po, ano po ba talaga ang Kawasaki disease? Na-diagnose po kasi yung pamangkin ko kahapon sa ospital, wala kaming idea kung ano yun. Salamat po',
    focus: 'Kawasaki disease',
    types: ['information'],
  },
  // why: cure -> treatment; getting worse with age -> prognosis
  {
    message:
      "Bonjour, ma fille a la maladie de Gaucher type 1, diagnostiquée à 6 ans. Is there a cure for it? Et est-ce que ça va s'aggraver avec l'âge? Merci d'avance",
    focus: 'Gaucher disease',
    types: ['treatment', 'prognosis'],
  },
  // why: both questions are about the medicine: with his cholesterol pill -> interactions; keep taking while trying for a baby -> contraindications
  {
    message:
      'Salam. My husband has familial mediterranean fever, wallah the attacks were terrible before. Now he takes colchicine 1mg every day. Can he take it together with his cholesterol medicine (atorvastatin)? And inshallah we want a baby, is it ok for him to keep taking colchicine while we are trying?',
    focus: 'colchicine',
    types: ['interactions', 'contraindications'],
  },
  // why: what she can eat is diet -> lifestyle
  {
    subject: 'pregunta sobre PKU',
    message:
      'mi nieta tiene PKU, tiene 3 añitos. que puede comer? la mama dice no carne no leche no huevo... y pan normal? y fruta? I take care of her weekdays and I dont want to make a mistake. gracias',
    focus: 'phenylketonuria',
    types: ['lifestyle'],
  },
  // why: whether he will walk -> prognosis; new treatments/trials -> research
  {
    message:
      'Mere bete ko spinal muscular atrophy type 2 diagnose hua hai, woh 2 saal ka hai. Kya woh kabhi chal payega? Aur koi new treatment ya clinical trial chal raha hai India mein, Delhi ya Mumbai side?',
    focus: 'spinal muscular atrophy',
    types: ['prognosis', 'research'],
  },
  // why: how many times a day -> drug_usage; cramps and diarrhea since starting it -> side_effects
  {
    message:
      'Yung asawa ko may myasthenia gravis, nag-start siya ng pyridostigmine (Mestinon) last week. Ilang beses ba dapat inumin sa isang araw? Tsaka normal lang ba yung stomach cramps at pagtatae niya simula nung nag-start siya?',
    focus: 'pyridostigmine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: whether favism and G6PD are the same -> information
  {
    message:
      "ya doctor is G6PD deficiency the same thing as favism?? my mother in law keeps saying the baby has 'favism' but the hospital paper says G6PD",
    focus: 'G6PD deficiency',
    types: ['information'],
  },
  // why: what it is -> information; contagious -> susceptibility; what to look out for -> symptoms
  {
    message:
      'Hola, my sister was just diagnosed with lupus. Que es exactamente? Is it contagious? mis hijos la visitan mucho y estoy preocupada. Y los sintomas, what should we look out for?',
    focus: 'systemic lupus erythematosus',
    types: ['information', 'susceptibility', 'symptoms'],
  },
  // why: handling food at school is daily life -> lifestyle
  {
    message:
      "Bonjour, je suis enseignante en CE1. J'ai un élève with Prader-Willi syndrome dans ma classe cette année. How should I handle food at school - le goûter, les anniversaires, the cantine? Any advice would help, je ne veux pas le mettre à l'écart.",
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle'],
  },
  // why: two conditions; the difference -> information; how to tell which one, a test -> diagnosis; focus is the one the doctor suspects
  {
    message:
      'Doctor ne bola mere bhai ko shayad Marfan syndrome hai, lekin cousin kehti hai Ehlers-Danlos bhi ho sakta hai kyunki uske joints bahut flexible hain. Dono mein kya farak hai? Aur kaise pata chalega ki kaunsa hai, koi test hota hai?',
    focus: 'Marfan syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: fridge or cabinet -> storage_disposal of deferasirox (Exjade)
  {
    subject: 'Exjade',
    message:
      'pano po ba mag-store ng exjade? sa ref ba or ok lang sa cabinet? sobrang init kasi dito sa bahay namin',
    focus: 'deferasirox',
    types: ['storage_disposal'],
  },
  // why: what triggers attacks -> cause; how to prevent them -> prevention
  {
    message:
      "my abuela has hereditary angioedema y se le hincha la cara y a veces la garganta, it's so scary. What triggers the attacks? y como se previenen? she doesnt even want to go out anymore",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: hereditary from both parents and next-baby chance -> inheritance (once); normal life -> prognosis; CF center -> find_specialist
  {
    message:
      'Assalamu alaikum. My son is 3 years and he has cystic fibrosis, alhamdulillah he is doing ok now. Is this disease coming from both me and my husband? If we have another baby what is the chance he also has it? Will my son live a normal life inshallah? And where is a good CF center near Dearborn Michigan? Jazakum Allah khair',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'prognosis', 'find_specialist'],
  },
  // why: why she takes a malaria medicine for lupus is what the medicine is for -> indication
  {
    message:
      'Mummy ko hydroxychloroquine start hua hai. Yeh dawai kis liye hai actually? Unko malaria toh nahi hai, unko lupus hai, toh yeh kyun de rahe hain?',
    focus: 'hydroxychloroquine',
    types: ['indication'],
  },
  // why: foods to avoid -> lifestyle; whether it can damage the liver more -> complications
  {
    message:
      'mon mari a la maladie de Wilson, il prend du zinc depuis 2 ans. does he really have to avoid chocolate and fruits de mer forever?? et est-ce que la maladie peut abîmer son foie encore plus?',
    focus: 'Wilson disease',
    types: ['lifestyle', 'complications'],
  },
  // why: how rare -> frequency; where to find a doctor who knows it -> find_specialist
  {
    message:
      'Gaano po ba ka-rare ang Pompe disease dito sa Pilipinas? Parang walang nakakaalam sa mga doctor dito sa probinsya. Saan po ba may specialist for this, sa Manila lang ba?',
    focus: 'Pompe disease',
    types: ['frequency', 'find_specialist'],
  },
  // why: whether his signs could be Duchenne -> diagnosis
  {
    message:
      'Mi hijo de 6 años se cae mucho, he walks on his toes y le cuesta mucho subir las escaleras, and his calves look really big, como muy duras. La maestra dice que es lazy pero yo se que algo pasa. Could this be muscular dystrophy, like Duchenne?',
    focus: 'Duchenne muscular dystrophy',
    types: ['diagnosis'],
  },
  // why: genetic, will I get it -> inheritance; which gene -> genetic_changes
  {
    message:
      'mere papa ko ALS hai, 58 saal ke hain. kya yeh genetic hai? mujhe bhi hoga kya future mein? aur ALS mein kaunse gene mein problem hoti hai?',
    focus: 'amyotrophic lateral sclerosis',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: ibuprofen with it -> interactions; fridge on a trip -> storage_disposal
  {
    message:
      'my daughter 11 yrs is on methotrexate injection weekly for her arthritis. Can she take ibuprofen with the methotrexate when her knees hurt? And yalla her school trip is next week, 3 days - does the injection have to stay in the fridge the whole time?',
    focus: 'methotrexate',
    types: ['interactions', 'storage_disposal'],
  },
  // why: two conditions; the difference from hemophilia -> information; basketball -> lifestyle; her diagnosis is von Willebrand
  {
    message:
      'Hello po, yung anak kong babae (12) may von Willebrand disease daw sabi ng hematologist. Ano po ba ang difference nito sa hemophilia? Akala ko kasi pareho lang. At pwede pa rin po ba siya mag-basketball sa school?',
    focus: 'von Willebrand disease',
    types: ['information', 'lifestyle'],
  },
  // why: what it is -> information; contagious to those living with him -> susceptibility
  {
    message:
      "Salut, mon meilleur ami vient d'apprendre qu'il a une sarcoïdose. C'est quoi exactement? And is it contagious? Il habite chez nous en ce moment avec mes enfants.",
    focus: 'sarcoidosis',
    types: ['information', 'susceptibility'],
  },
  // why: how to give it and missed dose -> drug_usage (once); cost and insurance -> other
  {
    message:
      'la doctora le dio Kuvan a mi bebe para la PKU. how do I give it to her, lo disuelvo en agua o en la formula? what if I forget una dosis? y cuanto cuesta, does insurance usually pay for it??',
    focus: 'sapropterin',
    types: ['drug_usage', 'other'],
  },
  // why: asks only for its symptoms -> symptoms
  {
    message:
      'TSC (tuberous sclerosis complex) ke symptoms kya kya hote hain? meri bhanji ko diagnose hua hai, bas yeh samajhna tha',
    focus: 'tuberous sclerosis complex',
    types: ['symptoms'],
  },
  // why: how rare it really is -> frequency
  {
    subject: 'Fabry - how rare?',
    message:
      'Marhaba. The doctor in Beirut told my uncle that Fabry disease is 1 in a million but on google it says something different. shu el sa7? How many people really have it?',
    focus: 'Fabry disease',
    types: ['frequency'],
  },
  // why: whether she (a relative) should be tested -> diagnosis; genetic counselor -> find_specialist
  {
    message:
      'Yung lola ko po may Huntington disease, at yung tito ko rin. Pwede po ba ako magpa-test kahit wala pa akong symptoms, 24 pa lang po ako? At saan po may genetic counselor dito sa Cebu?',
    focus: 'Huntington disease',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: cure -> treatment; how long babies live -> prognosis; trials -> research
  {
    message:
      'is there a cure para Tay-Sachs?? mi sobrino tiene 1 año y acaban de decirnos. how long do babies live with it... y hay algun trial o estudio nuevo? mi hermana is devastated',
    focus: 'Tay-Sachs disease',
    types: ['treatment', 'prognosis', 'research'],
  },
  // why: avoiding crises -> prevention; football at school -> lifestyle; whether transplant cures -> treatment
  {
    message:
      "Bonjour. Mon fils de 13 ans a une drépanocytose (sickle cell disease). Il fait des crises souvent, surtout en hiver. Comment éviter les crises quand il fait froid? He wants to play foot au collège, c'est possible? Et la greffe de moelle, est-ce que ça guérit vraiment?",
    focus: 'sickle cell disease',
    types: ['prevention', 'lifestyle', 'treatment'],
  },
  // why: whether insomnia and headache come from the medicine -> side_effects
  {
    message:
      'modafinil lene ke baad raat ko neend hi nahi aati aur sir mein dard bhi rehta hai. kya yeh modafinil ki wajah se hai?? narcolepsy ke liye le raha hoon',
    focus: 'modafinil',
    types: ['side_effects'],
  },
  // why: food poisoning named as its cause -> association; whether he will walk again -> prognosis
  {
    message:
      'my brother got Guillain-Barre syndrome two weeks after very bad diarrhea from food at a wedding. Could the food poisoning have caused it? And will he walk again, inshallah? He is in ICU now in Amman.',
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  // why: life expectancy -> prognosis; whether a transplant will be needed -> treatment
  {
    message:
      'Good evening po. Ako po yung tita ni baby Lia, na-diagnose siya ng biliary atresia nung 2 months siya at nag-Kasai surgery na po. Ano po ba life expectancy niya? Kailangan po ba talaga ng liver transplant eventually?',
    focus: 'biliary atresia',
    types: ['prognosis', 'treatment'],
  },
  // why: whether uveitis belongs to it -> symptoms; whether it can cause blindness -> complications
  {
    message:
      "Tengo Behcet disease hace 5 años y ahora el oftalmologo dice que tengo uveitis. Is uveitis part of Behcet? y puede causar ceguera? I have two kids, I can't lose my vision",
    focus: 'Behcet disease',
    types: ['symptoms', 'complications'],
  },
  // why: treatment to save the kidney -> treatment; whether hearing loss is from it -> symptoms; sister's kids -> inheritance
  {
    message:
      'Mere bhai ko Alport syndrome hai, uski kidney dheere dheere kharab ho rahi hai. Kya koi ilaaj hai jisse kidney bachi rahe? Uski sunne ki problem (hearing loss) bhi isi bimari se hai kya? Aur meri behen ke bachon ko bhi ho sakta hai?',
    focus: 'Alport syndrome',
    types: ['treatment', 'symptoms', 'inheritance'],
  },
  // why: breastfeeding precaution -> contraindications
  {
    message:
      'Is dapsone safe while breastfeeding? my baby is 2 months, habibti is only on breast milk. the dermatologist gave it for my skin',
    focus: 'dapsone',
    types: ['contraindications'],
  },
  // why: whether the tablet contains lactose -> ingredients
  {
    message:
      'May lactose po ba ang primaquine tablet? Lactose intolerant po kasi ako, kailangan ko po inumin for malaria',
    focus: 'primaquine',
    types: ['ingredients'],
  },
  // why: growth hormone effectiveness -> treatment; heart problems -> complications; family associations -> find_specialist
  {
    message:
      "Salam, ma fille a 14 ans et elle a le syndrome de Turner. Elle est très petite, le médecin parle d'hormone de croissance. C'est vraiment efficace? Est-ce que Turner peut causer des problèmes au coeur? Et y a-t-il des associations de familles en France? Barak Allahou fik",
    focus: 'Turner syndrome',
    types: ['treatment', 'complications', 'find_specialist'],
  },
  // why: how it works -> indication
  {
    message:
      'mi novio tiene narcolepsy and his doctor wants to put him on Xyrem. how does it work exactly? el esta nervioso',
    focus: 'sodium oxybate',
    types: ['indication'],
  },
  // why: two conditions; same or not -> information; which gene -> genetic_changes; her diagnosis is Angelman
  {
    message:
      'Meri beti ko Angelman syndrome diagnose hua hai. Kya yeh Prader-Willi syndrome jaisa hi hai? Dono ka naam ek saath aata hai Google pe. Aur Angelman mein exactly kaunsa gene kharab hota hai? doctor ne chromosome 15 bola tha bas',
    focus: 'Angelman syndrome',
    types: ['information', 'genetic_changes'],
  },
  // why: what causes it -> cause; diet and Ramadan fasting -> lifestyle (once); newborn screening -> diagnosis
  {
    message:
      'Salam alaikum. My nephew has maple syrup urine disease. What causes it? Is there special diet he must follow, and when he is older can he fast in Ramadan? Also do they test for it in the newborn screening in Saudi? my sister is pregnant again',
    focus: 'maple syrup urine disease',
    types: ['cause', 'lifestyle', 'diagnosis'],
  },
];
