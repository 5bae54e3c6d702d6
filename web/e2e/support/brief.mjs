// A brief in the seeds' layout about a story none of the seeds tells, so importing it adds entities.
/** `stamp` makes the content, and so the brief, new on a server that has seen the test before. */
export const kenyaBrief = (stamp) => `What's happened
Kenyan President William Ruto has signed a new security agreement with Haiti to extend the police mission in Port-au-Prince. The agreement follows months of gang violence in Haiti.
What's behind the headline?
The deal reflects Kenya's ambition to play a larger role in international security. Critics in Nairobi argue the mission is underfunded.
What the papers say
Reuters reports that William Ruto defended the mission before the United Nations Security Council.
How we got here
Kenya first deployed police officers to Haiti in 2024 under a United Nations mandate. Report ${stamp}.
Go deeper
More on these topics
-
William Ruto is a Kenyan politician who has served as the fifth President of Kenya since 2022.
-
Haiti is a country on the island of Hispaniola in the Caribbean Sea.
`;
