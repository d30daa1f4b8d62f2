/**
 * People whose office makes them an actor: heads of state and government, foreign and defence
 * ministers of the G20 and the Middle East from 2000 to 2026, leaders of international bodies,
 * armed groups and a few others often named in the news.
 *
 * Conventions:
 * - `names` start with the full name as news writes it, then variants (transliterations, with and
 *   without diacritics). The compiler adds the last word of each name on its own; short forms that
 *   are not the last word ("Xi", "Assad", "Sisi", "MBS") are listed explicitly.
 * - Dates are the days of taking and leaving office, as far as known; where the day was not known
 *   the 1st of the month is used. A role without `from` began before 2000; without `to`, it is
 *   current (as of early 2026). Acting and caretaker periods are listed as their own roles.
 * - Officials of international bodies have country 'IGO' and sector 'IGO' (ICC prosecutors too),
 *   and the title names the body ("IAEA Director General", "NATO Secretary General", "President
 *   of the European Commission"), so that the body can be found by matching the title against
 *   ORGANIZATIONS names; UN officials are meant to become IGOUNO. Leaders of transnational
 *   militant groups have country 'IMG'; leaders of national armed groups have the group's country
 *   and sector ("Hamas political bureau chief" = PSE + REB).
 * - Monarchs and emirs who head government are GOV; consorts and former leaders without office
 *   are ELI; clerics without office are REL.
 */
import type { PersonEntry } from '../types.js';

/**
 * Last words that the compiler should NOT add as a short name on their own: common English words,
 * regnal numbers, dynasty names, very common surnames and given names, and surnames shared by
 * several people here. A form listed explicitly in a person's `names` is always kept (so "Maliki"
 * stays for Nouri al-Maliki, "Moon" for Moon Jae-in, "Mubarak" for Hosni Mubarak).
 */
export const SURNAME_STOPLIST: readonly string[] = [
  'II',
  'III',
  'XIV',
  'XVI',
  'Jr.',
  'Sr.',
  'Brown',
  'May',
  'Power',
  'Rice',
  'Hill',
  'Cook',
  'Straw',
  'Hague',
  'Hunt',
  'Graham',
  'Martin',
  'Smith',
  'Bishop',
  'Payne',
  'Carr',
  'Wong',
  'Singh',
  'Khan',
  'Sharif',
  'Gallant',
  'Cohen',
  'Katz',
  'Levy',
  'Mustafa',
  'Hassan',
  'Salam',
  'Thani',
  'Nahyan',
  'Maktoum',
  'Sabah',
  'Al-Sabah',
  'Khalifa',
  'Saud',
  'Said',
  'Abdulaziz',
  'Sultan',
  'Nayef',
  'Faisal',
  'al-Faisal',
  'Ansari',
  'Tariq',
  'Alawi',
  'Gates',
  'Carter',
  'Jones',
  'Miller',
  'Johnson',
  'Harris',
  'Gore',
  'Craft',
  'Bolton',
  'Burns',
  'Jeffrey',
  'Waltz',
  'Austin',
  'Pace',
  'Franks',
  'Casey',
  'Tenet',
  "O'Brien",
  'Powell',
  'Cleverly',
  'Philippe',
  'Borne',
  'Maas',
  'Gabriel',
  'Fischer',
  'Maio',
  'Costa',
  'Michel',
  'Ashton',
  'Turk',
  'Türk',
  'Hussein',
  'al-Hussein',
  'Chan',
  'Robertson',
  'Moussa',
  'Ping',
  'Kim',
  'Arias',
  'Amos',
  'Fletcher',
  'McCain',
  'Russell',
  'Fore',
  'Mahdi',
  'Saleh',
  'Salih',
  'Rashid',
  'Alhakim',
  'al-Hakim',
  'al-Maliki',
  'Bagheri',
  'Far',
  'Sharon',
  'Shalom',
  'Ashkenazi',
  'Saar',
  'Halevi',
  'Zamir',
  'Mansour',
  'Habib',
  'Fayez',
  'Khatib',
  'Mubarak',
  'Suleiman',
  'Ismail',
  'Maher',
  'Amr',
  'Fahmy',
  'Kamel',
  'Hadi',
  'Abdulmalik',
  'Saeed',
  'Cem',
  'Ivanov',
  'Yi',
  'Gang',
  'Jun',
  'Ning',
  'Jian',
  'Qiang',
  'Lee',
  'Jin',
  'Hyun',
  'Ho',
  'Jong',
  'Nam',
  'In',
  'Jung',
  'Un',
  'Il',
  'Moon',
  'Yeol',
  'Hye',
  'Soo',
  'Myung',
  'Bak',
  'Hui',
  'Yong',
  'Mori',
  'Tanaka',
  'Krishna',
  'Shah',
  'Dur',
  'Emerson',
  'Cannon',
  'Champagne',
  'Howard',
  'Abbott',
  'Downer',
  'Silva',
  'Vieira',
  'Serra',
  'Nunes',
  'França',
  'Franca',
  'Fernández',
  'Fernandez',
  'Solá',
  'Sola',
  'Fox',
  'Nieto',
  'Green',
  'Espinosa',
  'Fuente',
  'Velasco',
  'Hussain',
  'Aziz',
  'Ashraf',
  'Zardari',
  'Dar',
  'Abdullah',
  'Omar',
  'Akhund',
  'Mujahid',
  'Laden',
  'Sánchez',
  'Sanchez',
  'Ahmed',
  'Jonathan',
  'Francis',
];

export const PEOPLE: readonly PersonEntry[] = [
  // ---- United States ----
  {
    names: ['Bill Clinton', 'William Jefferson Clinton'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'President', to: '2001-01-20' }],
  },
  {
    names: ['George W. Bush', 'George Bush', 'George W Bush', 'President Bush', 'G.W. Bush', 'Dubya'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'President', from: '2001-01-20', to: '2009-01-20' }],
  },
  {
    names: ['Barack Obama', 'Barack Hussein Obama', 'President Obama'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'President', from: '2009-01-20', to: '2017-01-20' },
      { country: 'USA', sector: 'LEG', title: 'Senator', from: '2005-01-03', to: '2008-11-16' },
    ],
  },
  {
    names: ['Donald Trump', 'Donald J. Trump', 'Donald John Trump', 'President Trump'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'President', from: '2017-01-20', to: '2021-01-20' },
      { country: 'USA', sector: 'GOV', title: 'President', from: '2025-01-20' },
    ],
  },
  {
    names: ['Joe Biden', 'Joseph Biden', 'Joseph R. Biden', 'Joseph R. Biden Jr.', 'President Biden', 'Biden'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'President', from: '2021-01-20', to: '2025-01-20' },
      { country: 'USA', sector: 'GOV', title: 'Vice President', from: '2009-01-20', to: '2017-01-20' },
      { country: 'USA', sector: 'LEG', title: 'Senator', to: '2009-01-15' },
    ],
  },
  {
    names: ['Al Gore', 'Albert Gore'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Vice President', to: '2001-01-20' }],
  },
  {
    names: ['Dick Cheney', 'Richard Cheney', 'Richard B. Cheney'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Vice President', from: '2001-01-20', to: '2009-01-20' }],
  },
  {
    names: ['Mike Pence', 'Michael Pence'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Vice President', from: '2017-01-20', to: '2021-01-20' }],
  },
  {
    names: ['Kamala Harris'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Vice President', from: '2021-01-20', to: '2025-01-20' },
      { country: 'USA', sector: 'LEG', title: 'Senator', from: '2017-01-03', to: '2021-01-18' },
    ],
  },
  {
    names: ['JD Vance', 'J.D. Vance', 'James David Vance', 'Vance'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Vice President', from: '2025-01-20' },
      { country: 'USA', sector: 'LEG', title: 'Senator', from: '2023-01-03', to: '2025-01-10' },
    ],
  },
  {
    names: ['Madeleine Albright'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Secretary of State', to: '2001-01-20' }],
  },
  {
    names: ['Colin Powell', 'Colin L. Powell'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Secretary of State', from: '2001-01-20', to: '2005-01-26' }],
  },
  {
    names: ['Condoleezza Rice', 'Condi Rice'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Secretary of State', from: '2005-01-26', to: '2009-01-20' },
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2001-01-20', to: '2005-01-26' },
    ],
  },
  {
    names: ['Hillary Clinton', 'Hillary Rodham Clinton', 'Hillary'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Secretary of State', from: '2009-01-21', to: '2013-02-01' },
      { country: 'USA', sector: 'LEG', title: 'Senator', from: '2001-01-03', to: '2009-01-21' },
    ],
  },
  {
    names: ['John Kerry', 'John F. Kerry'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Secretary of State', from: '2013-02-01', to: '2017-01-20' },
      { country: 'USA', sector: 'LEG', title: 'Senator', to: '2013-02-01' },
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Special Presidential Envoy for Climate',
        from: '2021-01-20',
        to: '2024-03-06',
      },
    ],
  },
  {
    names: ['Rex Tillerson'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Secretary of State', from: '2017-02-01', to: '2018-03-31' }],
  },
  {
    names: ['Mike Pompeo', 'Michael Pompeo', 'Michael R. Pompeo'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Secretary of State', from: '2018-04-26', to: '2021-01-20' },
      { country: 'USA', sector: 'SPY', title: 'CIA Director', from: '2017-01-23', to: '2018-04-26' },
    ],
  },
  {
    names: ['Antony Blinken', 'Tony Blinken', 'Antony J. Blinken'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Secretary of State', from: '2021-01-26', to: '2025-01-20' },
      { country: 'USA', sector: 'GOV', title: 'Deputy Secretary of State', from: '2015-01-09', to: '2017-01-20' },
    ],
  },
  {
    names: ['Marco Rubio'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Secretary of State', from: '2025-01-21' },
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2025-05-01' },
      { country: 'USA', sector: 'LEG', title: 'Senator', from: '2011-01-03', to: '2025-01-20' },
    ],
  },
  {
    names: ['Donald Rumsfeld', 'Donald H. Rumsfeld'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Secretary of Defense', from: '2001-01-20', to: '2006-12-18' }],
  },
  {
    names: ['William Cohen', 'William S. Cohen'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Secretary of Defense', to: '2001-01-20' }],
  },
  {
    names: ['Robert Gates', 'Robert M. Gates'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Secretary of Defense', from: '2006-12-18', to: '2011-07-01' }],
  },
  {
    names: ['Leon Panetta', 'Leon E. Panetta'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Secretary of Defense', from: '2011-07-01', to: '2013-02-26' },
      { country: 'USA', sector: 'SPY', title: 'CIA Director', from: '2009-02-13', to: '2011-06-30' },
    ],
  },
  {
    names: ['Chuck Hagel'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Secretary of Defense', from: '2013-02-27', to: '2015-02-17' }],
  },
  {
    names: ['Ash Carter', 'Ashton Carter'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Secretary of Defense', from: '2015-02-17', to: '2017-01-20' }],
  },
  {
    names: ['Jim Mattis', 'James Mattis', 'James N. Mattis'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Secretary of Defense', from: '2017-01-20', to: '2019-01-01' },
      { country: 'USA', sector: 'MIL', title: 'CENTCOM Commander', from: '2010-08-11', to: '2013-03-22' },
    ],
  },
  {
    names: ['Patrick Shanahan'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Acting Secretary of Defense', from: '2019-01-01', to: '2019-06-23' },
      { country: 'USA', sector: 'GOV', title: 'Deputy Secretary of Defense', from: '2017-07-19', to: '2019-01-01' },
    ],
  },
  {
    names: ['Mark Esper', 'Mark T. Esper'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Secretary of Defense', from: '2019-07-23', to: '2020-11-09' },
      { country: 'USA', sector: 'GOV', title: 'Secretary of the Army', from: '2017-11-20', to: '2019-07-23' },
    ],
  },
  {
    names: ['Christopher Miller', 'Christopher C. Miller'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Acting Secretary of Defense', from: '2020-11-09', to: '2021-01-20' },
    ],
  },
  {
    names: ['Lloyd Austin', 'Lloyd J. Austin'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Secretary of Defense', from: '2021-01-22', to: '2025-01-20' },
      { country: 'USA', sector: 'MIL', title: 'CENTCOM Commander', from: '2013-03-22', to: '2016-03-30' },
      {
        country: 'USA',
        sector: 'MIL',
        title: 'Commander of U.S. Forces in Iraq',
        from: '2010-09-01',
        to: '2011-12-18',
      },
    ],
  },
  {
    names: ['Pete Hegseth', 'Peter Hegseth'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Secretary of Defense', from: '2025-01-25' }],
  },
  {
    names: ['Stephen Hadley', 'Stephen J. Hadley'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2005-01-26', to: '2009-01-20' },
    ],
  },
  {
    names: ['Jim Jones', 'James L. Jones'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2009-01-20', to: '2010-10-08' },
    ],
  },
  {
    names: ['Tom Donilon', 'Thomas Donilon'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2010-10-08', to: '2013-07-01' },
    ],
  },
  {
    names: ['Susan Rice', 'Susan E. Rice'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2013-07-01', to: '2017-01-20' },
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Ambassador to the United Nations',
        from: '2009-01-22',
        to: '2013-06-30',
      },
      { country: 'USA', sector: 'GOV', title: 'Domestic Policy Adviser', from: '2021-01-20', to: '2023-05-26' },
    ],
  },
  {
    names: ['Michael Flynn', 'Michael T. Flynn'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2017-01-20', to: '2017-02-13' },
    ],
  },
  {
    names: ['H.R. McMaster', 'H. R. McMaster', 'Herbert Raymond McMaster'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2017-02-20', to: '2018-04-09' },
    ],
  },
  {
    names: ['John Bolton', 'John R. Bolton'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2018-04-09', to: '2019-09-10' },
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Ambassador to the United Nations',
        from: '2005-08-01',
        to: '2006-12-09',
      },
      { country: 'USA', sector: 'GOV', title: 'Under Secretary of State', from: '2001-05-11', to: '2005-07-31' },
    ],
  },
  {
    names: ["Robert O'Brien", "Robert C. O'Brien"],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2019-09-18', to: '2021-01-20' },
    ],
  },
  {
    names: ['Jake Sullivan'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2021-01-20', to: '2025-01-20' },
    ],
  },
  {
    names: ['Mike Waltz', 'Michael Waltz'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'National Security Adviser', from: '2025-01-20', to: '2025-05-01' },
      { country: 'USA', sector: 'GOV', title: 'Ambassador to the United Nations', from: '2025-09-19' },
    ],
  },
  {
    names: ['Samantha Power'],
    roles: [
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Ambassador to the United Nations',
        from: '2013-08-05',
        to: '2017-01-20',
      },
      { country: 'USA', sector: 'GOV', title: 'USAID Administrator', from: '2021-05-03', to: '2025-01-20' },
    ],
  },
  {
    names: ['Nikki Haley'],
    roles: [
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Ambassador to the United Nations',
        from: '2017-01-27',
        to: '2018-12-31',
      },
    ],
  },
  {
    names: ['Kelly Craft', 'Kelly Knight Craft'],
    roles: [
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Ambassador to the United Nations',
        from: '2019-09-12',
        to: '2021-01-20',
      },
    ],
  },
  {
    names: ['Linda Thomas-Greenfield'],
    roles: [
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Ambassador to the United Nations',
        from: '2021-02-25',
        to: '2025-01-20',
      },
    ],
  },
  {
    names: ['Zalmay Khalilzad'],
    roles: [
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Ambassador to the United Nations',
        from: '2007-04-30',
        to: '2009-01-22',
      },
      { country: 'USA', sector: 'GOV', title: 'Ambassador to Iraq', from: '2005-06-21', to: '2007-03-26' },
      { country: 'USA', sector: 'GOV', title: 'Ambassador to Afghanistan', from: '2003-11-27', to: '2005-06-20' },
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Special Representative for Afghanistan Reconciliation',
        from: '2018-09-05',
        to: '2021-10-18',
      },
    ],
  },
  {
    names: ['John Negroponte', 'John D. Negroponte'],
    roles: [
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Ambassador to the United Nations',
        from: '2001-09-19',
        to: '2004-06-23',
      },
      { country: 'USA', sector: 'GOV', title: 'Ambassador to Iraq', from: '2004-06-29', to: '2005-03-17' },
      {
        country: 'USA',
        sector: 'SPY',
        title: 'Director of National Intelligence',
        from: '2005-04-21',
        to: '2007-02-13',
      },
      { country: 'USA', sector: 'GOV', title: 'Deputy Secretary of State', from: '2007-02-13', to: '2009-01-20' },
    ],
  },
  {
    names: ['Paul Bremer', 'L. Paul Bremer', 'Jerry Bremer'],
    roles: [
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Administrator of the Coalition Provisional Authority',
        from: '2003-05-11',
        to: '2004-06-28',
      },
    ],
  },
  {
    names: ['Ryan Crocker', 'Ryan C. Crocker'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Ambassador to Iraq', from: '2007-03-29', to: '2009-02-13' },
      { country: 'USA', sector: 'GOV', title: 'Ambassador to Pakistan', from: '2004-11-01', to: '2007-03-01' },
      { country: 'USA', sector: 'GOV', title: 'Ambassador to Afghanistan', from: '2011-07-25', to: '2012-07-01' },
      { country: 'USA', sector: 'GOV', title: 'Ambassador to Syria', to: '2001-05-01' },
    ],
  },
  {
    names: ['Christopher Hill', 'Christopher R. Hill'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Ambassador to Iraq', from: '2009-04-24', to: '2010-08-13' },
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Assistant Secretary of State for East Asian and Pacific Affairs',
        from: '2005-04-08',
        to: '2009-04-15',
      },
    ],
  },
  {
    names: ['James Jeffrey', 'James F. Jeffrey'],
    roles: [
      { country: 'USA', sector: 'GOV', title: 'Ambassador to Iraq', from: '2010-08-18', to: '2012-06-01' },
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Special Representative for Syria Engagement',
        from: '2018-08-17',
        to: '2020-11-09',
      },
    ],
  },
  {
    names: ['George Tenet', 'George J. Tenet'],
    roles: [{ country: 'USA', sector: 'SPY', title: 'CIA Director', to: '2004-07-11' }],
  },
  {
    names: ['Porter Goss'],
    roles: [{ country: 'USA', sector: 'SPY', title: 'CIA Director', from: '2004-09-24', to: '2006-05-05' }],
  },
  {
    names: ['Michael Hayden', 'Michael V. Hayden'],
    roles: [
      { country: 'USA', sector: 'SPY', title: 'CIA Director', from: '2006-05-30', to: '2009-02-12' },
      { country: 'USA', sector: 'SPY', title: 'NSA Director', to: '2005-04-21' },
    ],
  },
  {
    names: ['David Petraeus', 'David H. Petraeus'],
    roles: [
      {
        country: 'USA',
        sector: 'MIL',
        title: 'Commander of Multi-National Force-Iraq',
        from: '2007-02-10',
        to: '2008-09-16',
      },
      { country: 'USA', sector: 'MIL', title: 'CENTCOM Commander', from: '2008-10-31', to: '2010-06-30' },
      { country: 'USA', sector: 'MIL', title: 'ISAF Commander', from: '2010-07-04', to: '2011-07-18' },
      { country: 'USA', sector: 'SPY', title: 'CIA Director', from: '2011-09-06', to: '2012-11-09' },
    ],
  },
  {
    names: ['John Brennan', 'John O. Brennan'],
    roles: [{ country: 'USA', sector: 'SPY', title: 'CIA Director', from: '2013-03-08', to: '2017-01-20' }],
  },
  {
    names: ['Gina Haspel'],
    roles: [{ country: 'USA', sector: 'SPY', title: 'CIA Director', from: '2018-05-21', to: '2021-01-20' }],
  },
  {
    names: ['William Burns', 'William J. Burns', 'Bill Burns'],
    roles: [
      { country: 'USA', sector: 'SPY', title: 'CIA Director', from: '2021-03-19', to: '2025-01-20' },
      { country: 'USA', sector: 'GOV', title: 'Deputy Secretary of State', from: '2011-07-28', to: '2014-11-03' },
      {
        country: 'USA',
        sector: 'GOV',
        title: 'Under Secretary of State for Political Affairs',
        from: '2008-05-13',
        to: '2011-07-28',
      },
      { country: 'USA', sector: 'GOV', title: 'Ambassador to Russia', from: '2005-11-08', to: '2008-05-13' },
    ],
  },
  {
    names: ['John Ratcliffe'],
    roles: [
      { country: 'USA', sector: 'SPY', title: 'CIA Director', from: '2025-01-23' },
      {
        country: 'USA',
        sector: 'SPY',
        title: 'Director of National Intelligence',
        from: '2020-05-26',
        to: '2021-01-20',
      },
    ],
  },
  {
    names: ['Tulsi Gabbard'],
    roles: [{ country: 'USA', sector: 'SPY', title: 'Director of National Intelligence', from: '2025-02-12' }],
  },
  {
    names: ['Stanley McChrystal', 'Stanley A. McChrystal'],
    roles: [{ country: 'USA', sector: 'MIL', title: 'ISAF Commander', from: '2009-06-15', to: '2010-06-23' }],
  },
  {
    names: ['Ray Odierno', 'Raymond Odierno', 'Raymond T. Odierno'],
    roles: [
      {
        country: 'USA',
        sector: 'MIL',
        title: 'Commander of Multi-National Force-Iraq',
        from: '2008-09-16',
        to: '2010-09-01',
      },
    ],
  },
  {
    names: ['Tommy Franks'],
    roles: [{ country: 'USA', sector: 'MIL', title: 'CENTCOM Commander', from: '2000-07-06', to: '2003-07-07' }],
  },
  {
    names: ['John Abizaid', 'John P. Abizaid'],
    roles: [{ country: 'USA', sector: 'MIL', title: 'CENTCOM Commander', from: '2003-07-07', to: '2007-03-16' }],
  },
  {
    names: ['George Casey', 'George W. Casey'],
    roles: [
      {
        country: 'USA',
        sector: 'MIL',
        title: 'Commander of Multi-National Force-Iraq',
        from: '2004-07-01',
        to: '2007-02-10',
      },
    ],
  },
  {
    names: ['Mark Milley', 'Mark A. Milley'],
    roles: [
      {
        country: 'USA',
        sector: 'MIL',
        title: 'Chairman of the Joint Chiefs of Staff',
        from: '2019-10-01',
        to: '2023-09-30',
      },
    ],
  },
  {
    names: ['Mike Mullen', 'Michael Mullen'],
    roles: [
      {
        country: 'USA',
        sector: 'MIL',
        title: 'Chairman of the Joint Chiefs of Staff',
        from: '2007-10-01',
        to: '2011-09-30',
      },
    ],
  },
  {
    names: ['Martin Dempsey'],
    roles: [
      {
        country: 'USA',
        sector: 'MIL',
        title: 'Chairman of the Joint Chiefs of Staff',
        from: '2011-10-01',
        to: '2015-09-25',
      },
    ],
  },
  {
    names: ['Joseph Dunford', 'Joseph F. Dunford'],
    roles: [
      {
        country: 'USA',
        sector: 'MIL',
        title: 'Chairman of the Joint Chiefs of Staff',
        from: '2015-10-01',
        to: '2019-09-30',
      },
    ],
  },
  {
    names: ['Peter Pace'],
    roles: [
      {
        country: 'USA',
        sector: 'MIL',
        title: 'Chairman of the Joint Chiefs of Staff',
        from: '2005-09-30',
        to: '2007-10-01',
      },
    ],
  },
  {
    names: ['Richard Myers'],
    roles: [
      {
        country: 'USA',
        sector: 'MIL',
        title: 'Chairman of the Joint Chiefs of Staff',
        from: '2001-10-01',
        to: '2005-09-30',
      },
    ],
  },
  {
    names: ['Charles Q. Brown', 'CQ Brown', 'Charles Brown'],
    roles: [
      {
        country: 'USA',
        sector: 'MIL',
        title: 'Chairman of the Joint Chiefs of Staff',
        from: '2023-10-01',
        to: '2025-02-21',
      },
    ],
  },
  {
    names: ['Dan Caine'],
    roles: [{ country: 'USA', sector: 'MIL', title: 'Chairman of the Joint Chiefs of Staff', from: '2025-04-11' }],
  },
  {
    names: ['Steve Witkoff', 'Steven Witkoff'],
    roles: [{ country: 'USA', sector: 'GOV', title: 'Special Envoy to the Middle East', from: '2025-01-20' }],
  },
  {
    names: ['Nancy Pelosi'],
    roles: [
      { country: 'USA', sector: 'LEG', title: 'Speaker of the House', from: '2007-01-04', to: '2011-01-03' },
      { country: 'USA', sector: 'LEG', title: 'Speaker of the House', from: '2019-01-03', to: '2023-01-03' },
    ],
  },
  {
    names: ['Mike Johnson'],
    roles: [{ country: 'USA', sector: 'LEG', title: 'Speaker of the House', from: '2023-10-25' }],
  },
  // ---- United Kingdom ----
  {
    names: ['Queen Elizabeth II', 'Elizabeth II', 'Queen Elizabeth'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'Queen', to: '2022-09-08' }],
  },
  {
    names: ['King Charles III', 'Charles III', 'King Charles', 'Prince Charles'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'King', from: '2022-09-08' }],
  },
  {
    names: ['Tony Blair', 'Anthony Blair'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Prime Minister', to: '2007-06-27' },
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'Middle East Quartet Representative',
        from: '2007-06-27',
        to: '2015-05-27',
      },
    ],
  },
  {
    names: ['Gordon Brown'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Prime Minister', from: '2007-06-27', to: '2010-05-11' },
      { country: 'GBR', sector: 'GOV', title: 'Chancellor of the Exchequer', to: '2007-06-27' },
    ],
  },
  {
    names: ['David Cameron'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Prime Minister', from: '2010-05-11', to: '2016-07-13' },
      { country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2023-11-13', to: '2024-07-05' },
    ],
  },
  {
    names: ['Theresa May'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Prime Minister', from: '2016-07-13', to: '2019-07-24' },
      { country: 'GBR', sector: 'GOV', title: 'Home Secretary', from: '2010-05-12', to: '2016-07-13' },
    ],
  },
  {
    names: ['Boris Johnson'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Prime Minister', from: '2019-07-24', to: '2022-09-06' },
      { country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2016-07-13', to: '2018-07-09' },
    ],
  },
  {
    names: ['Liz Truss', 'Elizabeth Truss'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Prime Minister', from: '2022-09-06', to: '2022-10-25' },
      { country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2021-09-15', to: '2022-09-06' },
    ],
  },
  {
    names: ['Rishi Sunak'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Prime Minister', from: '2022-10-25', to: '2024-07-05' },
      { country: 'GBR', sector: 'GOV', title: 'Chancellor of the Exchequer', from: '2020-02-13', to: '2022-07-05' },
    ],
  },
  {
    names: ['Keir Starmer', 'Sir Keir Starmer'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'Prime Minister', from: '2024-07-05' }],
  },
  { names: ['Robin Cook'], roles: [{ country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', to: '2001-06-08' }] },
  {
    names: ['Jack Straw'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2001-06-08', to: '2006-05-05' }],
  },
  {
    names: ['Margaret Beckett'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2006-05-05', to: '2007-06-27' }],
  },
  {
    names: ['David Miliband'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2007-06-28', to: '2010-05-11' }],
  },
  {
    names: ['William Hague'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2010-05-12', to: '2014-07-14' }],
  },
  {
    names: ['Philip Hammond'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2014-07-15', to: '2016-07-13' },
      { country: 'GBR', sector: 'GOV', title: 'Defence Secretary', from: '2011-10-14', to: '2014-07-15' },
      { country: 'GBR', sector: 'GOV', title: 'Chancellor of the Exchequer', from: '2016-07-13', to: '2019-07-24' },
    ],
  },
  {
    names: ['Jeremy Hunt'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2018-07-09', to: '2019-07-24' },
      { country: 'GBR', sector: 'GOV', title: 'Chancellor of the Exchequer', from: '2022-10-14', to: '2024-07-05' },
    ],
  },
  {
    names: ['Dominic Raab'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2019-07-24', to: '2021-09-15' }],
  },
  {
    names: ['James Cleverly'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2022-09-06', to: '2023-11-13' },
      { country: 'GBR', sector: 'GOV', title: 'Home Secretary', from: '2023-11-13', to: '2024-07-05' },
    ],
  },
  {
    names: ['David Lammy'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2024-07-05', to: '2025-09-05' },
      { country: 'GBR', sector: 'GOV', title: 'Deputy Prime Minister', from: '2025-09-05' },
    ],
  },
  {
    names: ['Yvette Cooper'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Foreign Secretary', from: '2025-09-05' },
      { country: 'GBR', sector: 'GOV', title: 'Home Secretary', from: '2024-07-05', to: '2025-09-05' },
    ],
  },
  {
    names: ['Geoff Hoon'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'Defence Secretary', from: '1999-10-11', to: '2005-05-06' }],
  },
  {
    names: ['John Reid'],
    roles: [
      { country: 'GBR', sector: 'GOV', title: 'Defence Secretary', from: '2005-05-06', to: '2006-05-05' },
      { country: 'GBR', sector: 'GOV', title: 'Home Secretary', from: '2006-05-05', to: '2007-06-27' },
    ],
  },
  {
    names: ['Des Browne'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'Defence Secretary', from: '2006-05-05', to: '2008-10-03' }],
  },
  {
    names: ['Ben Wallace'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'Defence Secretary', from: '2019-07-24', to: '2023-08-31' }],
  },
  {
    names: ['John Healey'],
    roles: [{ country: 'GBR', sector: 'GOV', title: 'Defence Secretary', from: '2024-07-05' }],
  },
  // ---- France ----
  { names: ['Jacques Chirac'], roles: [{ country: 'FRA', sector: 'GOV', title: 'President', to: '2007-05-16' }] },
  {
    names: ['Nicolas Sarkozy'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'President', from: '2007-05-16', to: '2012-05-15' }],
  },
  {
    names: ['François Hollande', 'Francois Hollande'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'President', from: '2012-05-15', to: '2017-05-14' }],
  },
  {
    names: ['Emmanuel Macron', 'President Macron'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'President', from: '2017-05-14' }],
  },
  { names: ['Lionel Jospin'], roles: [{ country: 'FRA', sector: 'GOV', title: 'Prime Minister', to: '2002-05-06' }] },
  {
    names: ['Jean-Pierre Raffarin'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2002-05-06', to: '2005-05-31' }],
  },
  {
    names: ['Dominique de Villepin'],
    roles: [
      { country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2005-05-31', to: '2007-05-17' },
      { country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2002-05-07', to: '2004-03-31' },
      { country: 'FRA', sector: 'GOV', title: 'Interior Minister', from: '2004-03-31', to: '2005-05-31' },
    ],
  },
  {
    names: ['François Fillon', 'Francois Fillon'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2007-05-17', to: '2012-05-15' }],
  },
  {
    names: ['Jean-Marc Ayrault'],
    roles: [
      { country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2012-05-16', to: '2014-03-31' },
      { country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2016-02-11', to: '2017-05-17' },
    ],
  },
  {
    names: ['Manuel Valls'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2014-03-31', to: '2016-12-06' }],
  },
  {
    names: ['Bernard Cazeneuve'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2016-12-06', to: '2017-05-15' }],
  },
  {
    names: ['Édouard Philippe', 'Edouard Philippe'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2017-05-15', to: '2020-07-03' }],
  },
  {
    names: ['Jean Castex'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2020-07-03', to: '2022-05-16' }],
  },
  {
    names: ['Élisabeth Borne', 'Elisabeth Borne'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2022-05-16', to: '2024-01-09' }],
  },
  {
    names: ['Gabriel Attal'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2024-01-09', to: '2024-09-05' }],
  },
  {
    names: ['Michel Barnier'],
    roles: [
      { country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2024-09-05', to: '2024-12-13' },
      { country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2004-03-31', to: '2005-06-02' },
      { country: 'IGO', sector: 'IGO', title: 'EU Chief Brexit Negotiator', from: '2016-10-01', to: '2021-03-31' },
    ],
  },
  {
    names: ['François Bayrou', 'Francois Bayrou'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2024-12-13', to: '2025-09-09' }],
  },
  {
    names: ['Sébastien Lecornu', 'Sebastien Lecornu'],
    roles: [
      { country: 'FRA', sector: 'GOV', title: 'Prime Minister', from: '2025-09-09' },
      { country: 'FRA', sector: 'GOV', title: 'Minister of the Armed Forces', from: '2022-05-20', to: '2025-09-09' },
    ],
  },
  {
    names: ['Hubert Védrine', 'Hubert Vedrine'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Foreign Minister', to: '2002-05-07' }],
  },
  {
    names: ['Philippe Douste-Blazy'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2005-06-02', to: '2007-05-18' }],
  },
  {
    names: ['Bernard Kouchner'],
    roles: [
      { country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2007-05-18', to: '2010-11-14' },
      { country: 'IGO', sector: 'IGO', title: 'UN Special Representative for Kosovo', to: '2001-01-21' },
    ],
  },
  {
    names: ['Michèle Alliot-Marie', 'Michele Alliot-Marie'],
    roles: [
      { country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2010-11-14', to: '2011-02-27' },
      { country: 'FRA', sector: 'GOV', title: 'Defence Minister', from: '2002-05-07', to: '2007-05-18' },
    ],
  },
  {
    names: ['Alain Juppé', 'Alain Juppe'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2011-02-27', to: '2012-05-16' }],
  },
  {
    names: ['Laurent Fabius'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2012-05-16', to: '2016-02-11' }],
  },
  {
    names: ['Jean-Yves Le Drian'],
    roles: [
      { country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2017-05-17', to: '2022-05-20' },
      { country: 'FRA', sector: 'GOV', title: 'Defence Minister', from: '2012-05-16', to: '2017-05-17' },
    ],
  },
  {
    names: ['Catherine Colonna'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2022-05-20', to: '2024-01-11' }],
  },
  {
    names: ['Stéphane Séjourné', 'Stephane Sejourne'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2024-01-11', to: '2024-09-21' }],
  },
  {
    names: ['Jean-Noël Barrot', 'Jean-Noel Barrot'],
    roles: [{ country: 'FRA', sector: 'GOV', title: 'Foreign Minister', from: '2024-09-21' }],
  },
  // ---- Germany ----
  {
    names: ['Gerhard Schröder', 'Gerhard Schroeder', 'Gerhard Schroder'],
    roles: [{ country: 'DEU', sector: 'GOV', title: 'Chancellor', to: '2005-11-22' }],
  },
  {
    names: ['Angela Merkel'],
    roles: [{ country: 'DEU', sector: 'GOV', title: 'Chancellor', from: '2005-11-22', to: '2021-12-08' }],
  },
  {
    names: ['Olaf Scholz'],
    roles: [
      { country: 'DEU', sector: 'GOV', title: 'Chancellor', from: '2021-12-08', to: '2025-05-06' },
      { country: 'DEU', sector: 'GOV', title: 'Finance Minister', from: '2018-03-14', to: '2021-12-08' },
    ],
  },
  { names: ['Friedrich Merz'], roles: [{ country: 'DEU', sector: 'GOV', title: 'Chancellor', from: '2025-05-06' }] },
  { names: ['Johannes Rau'], roles: [{ country: 'DEU', sector: 'GOV', title: 'President', to: '2004-06-30' }] },
  {
    names: ['Horst Köhler', 'Horst Koehler', 'Horst Kohler'],
    roles: [
      { country: 'DEU', sector: 'GOV', title: 'President', from: '2004-07-01', to: '2010-05-31' },
      { country: 'IGO', sector: 'IGO', title: 'IMF Managing Director', from: '2000-05-01', to: '2004-03-04' },
    ],
  },
  {
    names: ['Christian Wulff'],
    roles: [{ country: 'DEU', sector: 'GOV', title: 'President', from: '2010-06-30', to: '2012-02-17' }],
  },
  {
    names: ['Joachim Gauck'],
    roles: [{ country: 'DEU', sector: 'GOV', title: 'President', from: '2012-03-18', to: '2017-03-18' }],
  },
  {
    names: ['Frank-Walter Steinmeier'],
    roles: [
      { country: 'DEU', sector: 'GOV', title: 'President', from: '2017-03-19' },
      { country: 'DEU', sector: 'GOV', title: 'Foreign Minister', from: '2005-11-22', to: '2009-10-28' },
      { country: 'DEU', sector: 'GOV', title: 'Foreign Minister', from: '2013-12-17', to: '2017-01-27' },
    ],
  },
  {
    names: ['Joschka Fischer'],
    roles: [{ country: 'DEU', sector: 'GOV', title: 'Foreign Minister', to: '2005-11-22' }],
  },
  {
    names: ['Guido Westerwelle'],
    roles: [{ country: 'DEU', sector: 'GOV', title: 'Foreign Minister', from: '2009-10-28', to: '2013-12-17' }],
  },
  {
    names: ['Sigmar Gabriel'],
    roles: [{ country: 'DEU', sector: 'GOV', title: 'Foreign Minister', from: '2017-01-27', to: '2018-03-14' }],
  },
  {
    names: ['Heiko Maas'],
    roles: [{ country: 'DEU', sector: 'GOV', title: 'Foreign Minister', from: '2018-03-14', to: '2021-12-08' }],
  },
  {
    names: ['Annalena Baerbock'],
    roles: [
      { country: 'DEU', sector: 'GOV', title: 'Foreign Minister', from: '2021-12-08', to: '2025-05-06' },
      { country: 'IGO', sector: 'IGO', title: 'President of the UN General Assembly', from: '2025-09-09' },
    ],
  },
  {
    names: ['Johann Wadephul'],
    roles: [{ country: 'DEU', sector: 'GOV', title: 'Foreign Minister', from: '2025-05-06' }],
  },
  {
    names: ['Boris Pistorius'],
    roles: [{ country: 'DEU', sector: 'GOV', title: 'Defence Minister', from: '2023-01-19' }],
  },
  // ---- Italy ----
  { names: ['Carlo Azeglio Ciampi'], roles: [{ country: 'ITA', sector: 'GOV', title: 'President', to: '2006-05-15' }] },
  {
    names: ['Giorgio Napolitano'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'President', from: '2006-05-15', to: '2015-01-14' }],
  },
  { names: ['Sergio Mattarella'], roles: [{ country: 'ITA', sector: 'GOV', title: 'President', from: '2015-02-03' }] },
  {
    names: ["Massimo D'Alema"],
    roles: [
      { country: 'ITA', sector: 'GOV', title: 'Prime Minister', to: '2000-04-26' },
      { country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2006-05-17', to: '2008-05-08' },
    ],
  },
  {
    names: ['Giuliano Amato'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Prime Minister', from: '2000-04-26', to: '2001-06-11' }],
  },
  {
    names: ['Silvio Berlusconi'],
    roles: [
      { country: 'ITA', sector: 'GOV', title: 'Prime Minister', from: '2001-06-11', to: '2006-05-17' },
      { country: 'ITA', sector: 'GOV', title: 'Prime Minister', from: '2008-05-08', to: '2011-11-16' },
      { country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2002-01-06', to: '2002-11-14' },
    ],
  },
  {
    names: ['Romano Prodi'],
    roles: [
      { country: 'ITA', sector: 'GOV', title: 'Prime Minister', from: '2006-05-17', to: '2008-05-08' },
      { country: 'IGO', sector: 'IGO', title: 'President of the European Commission', to: '2004-11-22' },
    ],
  },
  {
    names: ['Mario Monti'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Prime Minister', from: '2011-11-16', to: '2013-04-28' }],
  },
  {
    names: ['Enrico Letta'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Prime Minister', from: '2013-04-28', to: '2014-02-22' }],
  },
  {
    names: ['Matteo Renzi'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Prime Minister', from: '2014-02-22', to: '2016-12-12' }],
  },
  {
    names: ['Paolo Gentiloni'],
    roles: [
      { country: 'ITA', sector: 'GOV', title: 'Prime Minister', from: '2016-12-12', to: '2018-06-01' },
      { country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2014-10-31', to: '2016-12-12' },
      { country: 'IGO', sector: 'IGO', title: 'EU Commissioner for Economy', from: '2019-12-01', to: '2024-11-30' },
    ],
  },
  {
    names: ['Giuseppe Conte'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Prime Minister', from: '2018-06-01', to: '2021-02-13' }],
  },
  {
    names: ['Mario Draghi'],
    roles: [
      { country: 'ITA', sector: 'GOV', title: 'Prime Minister', from: '2021-02-13', to: '2022-10-22' },
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'President of the European Central Bank',
        from: '2011-11-01',
        to: '2019-10-31',
      },
    ],
  },
  {
    names: ['Giorgia Meloni'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Prime Minister', from: '2022-10-22' }],
  },
  { names: ['Lamberto Dini'], roles: [{ country: 'ITA', sector: 'GOV', title: 'Foreign Minister', to: '2001-06-11' }] },
  {
    names: ['Renato Ruggiero'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2001-06-11', to: '2002-01-06' }],
  },
  {
    names: ['Franco Frattini'],
    roles: [
      { country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2002-11-14', to: '2004-11-18' },
      { country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2008-05-08', to: '2011-11-16' },
    ],
  },
  {
    names: ['Gianfranco Fini'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2004-11-18', to: '2006-05-17' }],
  },
  {
    names: ['Giulio Terzi', "Giulio Terzi di Sant'Agata"],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2011-11-16', to: '2013-03-26' }],
  },
  {
    names: ['Emma Bonino'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2013-04-28', to: '2014-02-22' }],
  },
  {
    names: ['Federica Mogherini'],
    roles: [
      { country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2014-02-22', to: '2014-10-31' },
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'EU High Representative for Foreign Affairs',
        from: '2014-11-01',
        to: '2019-11-30',
      },
    ],
  },
  {
    names: ['Angelino Alfano'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2016-12-12', to: '2018-06-01' }],
  },
  {
    names: ['Enzo Moavero Milanesi', 'Enzo Moavero'],
    roles: [{ country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2018-06-01', to: '2019-09-05' }],
  },
  {
    names: ['Luigi Di Maio'],
    roles: [
      { country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2019-09-05', to: '2022-10-22' },
      { country: 'IGO', sector: 'IGO', title: 'EU Special Representative for the Gulf', from: '2023-06-01' },
    ],
  },
  {
    names: ['Antonio Tajani'],
    roles: [
      { country: 'ITA', sector: 'GOV', title: 'Foreign Minister', from: '2022-10-22' },
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'President of the European Parliament',
        from: '2017-01-17',
        to: '2019-07-03',
      },
    ],
  },
  // ---- European Union ----
  {
    names: ['José Manuel Barroso', 'Jose Manuel Barroso', 'José Manuel Durão Barroso'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'President of the European Commission',
        from: '2004-11-22',
        to: '2014-10-31',
      },
      { country: 'PRT', sector: 'GOV', title: 'Prime Minister', from: '2002-04-06', to: '2004-07-17' },
    ],
  },
  {
    names: ['Jean-Claude Juncker'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'President of the European Commission',
        from: '2014-11-01',
        to: '2019-11-30',
      },
      { country: 'LUX', sector: 'GOV', title: 'Prime Minister', to: '2013-12-04' },
    ],
  },
  {
    names: ['Ursula von der Leyen', 'von der Leyen'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'President of the European Commission', from: '2019-12-01' },
      { country: 'DEU', sector: 'GOV', title: 'Defence Minister', from: '2013-12-17', to: '2019-07-17' },
    ],
  },
  {
    names: ['Herman Van Rompuy', 'Van Rompuy'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'President of the European Council',
        from: '2009-12-01',
        to: '2014-11-30',
      },
      { country: 'BEL', sector: 'GOV', title: 'Prime Minister', from: '2008-12-30', to: '2009-11-25' },
    ],
  },
  {
    names: ['Donald Tusk'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'President of the European Council',
        from: '2014-12-01',
        to: '2019-11-30',
      },
      { country: 'POL', sector: 'GOV', title: 'Prime Minister', from: '2007-11-16', to: '2014-09-22' },
      { country: 'POL', sector: 'GOV', title: 'Prime Minister', from: '2023-12-13' },
    ],
  },
  {
    names: ['Charles Michel'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'President of the European Council',
        from: '2019-12-01',
        to: '2024-11-30',
      },
      { country: 'BEL', sector: 'GOV', title: 'Prime Minister', from: '2014-10-11', to: '2019-10-27' },
    ],
  },
  {
    names: ['António Costa', 'Antonio Costa'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'President of the European Council', from: '2024-12-01' },
      { country: 'PRT', sector: 'GOV', title: 'Prime Minister', from: '2015-11-26', to: '2024-04-02' },
    ],
  },
  {
    names: ['Javier Solana'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'EU High Representative for Foreign Policy',
        from: '1999-10-18',
        to: '2009-11-30',
      },
    ],
  },
  {
    names: ['Catherine Ashton', 'Baroness Ashton'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'EU High Representative for Foreign Affairs',
        from: '2009-12-01',
        to: '2014-10-31',
      },
    ],
  },
  {
    names: ['Josep Borrell'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'EU High Representative for Foreign Affairs',
        from: '2019-12-01',
        to: '2024-11-30',
      },
      { country: 'ESP', sector: 'GOV', title: 'Foreign Minister', from: '2018-06-07', to: '2019-11-30' },
    ],
  },
  {
    names: ['Kaja Kallas'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'EU High Representative for Foreign Affairs', from: '2024-12-01' },
      { country: 'EST', sector: 'GOV', title: 'Prime Minister', from: '2021-01-26', to: '2024-07-23' },
    ],
  },
  {
    names: ['Christine Lagarde'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'President of the European Central Bank', from: '2019-11-01' },
      { country: 'IGO', sector: 'IGO', title: 'IMF Managing Director', from: '2011-07-05', to: '2019-09-12' },
      { country: 'FRA', sector: 'GOV', title: 'Finance Minister', from: '2007-06-19', to: '2011-06-29' },
    ],
  },
  {
    names: ['Jean-Claude Trichet'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'President of the European Central Bank',
        from: '2003-11-01',
        to: '2011-10-31',
      },
    ],
  },
  {
    names: ['Roberta Metsola'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'President of the European Parliament', from: '2022-01-18' }],
  },
  {
    names: ['Martin Schulz'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'President of the European Parliament',
        from: '2012-01-17',
        to: '2017-01-17',
      },
    ],
  },
  {
    names: ['David Sassoli'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'President of the European Parliament',
        from: '2019-07-03',
        to: '2022-01-11',
      },
    ],
  },
  // ---- International organisations (Role.country = the body's organisation code) ----
  {
    names: ['Kofi Annan', 'Kofi A. Annan'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'UN Secretary-General', to: '2006-12-31' },
      { country: 'IGO', sector: 'IGO', title: 'UN-Arab League Envoy for Syria', from: '2012-02-23', to: '2012-08-31' },
    ],
  },
  {
    names: ['Ban Ki-moon', 'Ban Ki Moon'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'UN Secretary-General', from: '2007-01-01', to: '2016-12-31' },
      { country: 'KOR', sector: 'GOV', title: 'Foreign Minister', from: '2004-01-17', to: '2006-11-09' },
    ],
  },
  {
    names: ['António Guterres', 'Antonio Guterres'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'UN Secretary-General', from: '2017-01-01' },
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN High Commissioner for Refugees',
        from: '2005-06-15',
        to: '2015-12-31',
      },
      { country: 'PRT', sector: 'GOV', title: 'Prime Minister', to: '2002-04-06' },
    ],
  },
  {
    names: ['Lakhdar Brahimi'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'UN-Arab League Envoy for Syria', from: '2012-08-17', to: '2014-05-31' },
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN Special Representative for Afghanistan',
        from: '2001-10-03',
        to: '2004-12-31',
      },
    ],
  },
  {
    names: ['Staffan de Mistura'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'UN Special Envoy for Syria', from: '2014-07-10', to: '2018-12-31' },
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN Special Representative for Iraq',
        from: '2007-09-11',
        to: '2009-07-01',
      },
      { country: 'IGO', sector: 'IGO', title: 'UN Personal Envoy for Western Sahara', from: '2021-11-01' },
    ],
  },
  {
    names: ['Geir Pedersen', 'Geir O. Pedersen'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'UN Special Envoy for Syria', from: '2019-01-07', to: '2025-09-30' },
    ],
  },
  {
    names: ['Martin Griffiths'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'UN Special Envoy for Yemen', from: '2018-03-11', to: '2021-07-19' },
      { country: 'IGO', sector: 'IGO', title: 'UN Humanitarian Chief', from: '2021-07-19', to: '2024-06-30' },
    ],
  },
  {
    names: ['Hans Grundberg'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'UN Special Envoy for Yemen', from: '2021-09-05' }],
  },
  {
    names: ['Ghassan Salamé', 'Ghassan Salame'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'UN Special Envoy for Libya', from: '2017-06-22', to: '2020-03-02' },
    ],
  },
  {
    names: ['Nickolay Mladenov'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN Special Coordinator for the Middle East Peace Process',
        from: '2015-02-17',
        to: '2020-12-31',
      },
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN Special Representative for Iraq',
        from: '2013-08-01',
        to: '2015-02-16',
      },
    ],
  },
  {
    names: ['Jeanine Hennis-Plasschaert'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN Special Representative for Iraq',
        from: '2018-12-01',
        to: '2024-05-31',
      },
      { country: 'IGO', sector: 'IGO', title: 'UN Special Coordinator for Lebanon', from: '2024-05-01' },
    ],
  },
  {
    names: ['Ad Melkert'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN Special Representative for Iraq',
        from: '2009-07-01',
        to: '2011-07-31',
      },
    ],
  },
  {
    names: ['Sérgio Vieira de Mello', 'Sergio Vieira de Mello'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN Special Representative for Iraq',
        from: '2003-05-27',
        to: '2003-08-19',
      },
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN High Commissioner for Human Rights',
        from: '2002-09-12',
        to: '2003-08-19',
      },
    ],
  },
  {
    names: ['Michelle Bachelet'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN High Commissioner for Human Rights',
        from: '2018-09-01',
        to: '2022-08-31',
      },
      { country: 'CHL', sector: 'GOV', title: 'President', from: '2006-03-11', to: '2010-03-11' },
      { country: 'CHL', sector: 'GOV', title: 'President', from: '2014-03-11', to: '2018-03-11' },
    ],
  },
  {
    names: ['Volker Türk', 'Volker Turk'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'UN High Commissioner for Human Rights', from: '2022-10-17' }],
  },
  {
    names: ['Navi Pillay', 'Navanethem Pillay'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN High Commissioner for Human Rights',
        from: '2008-09-01',
        to: '2014-08-31',
      },
    ],
  },
  {
    names: ["Zeid Ra'ad Al Hussein", "Zeid Ra'ad al-Hussein", 'Prince Zeid'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN High Commissioner for Human Rights',
        from: '2014-09-01',
        to: '2018-08-31',
      },
    ],
  },
  {
    names: ['Louise Arbour'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN High Commissioner for Human Rights',
        from: '2004-07-01',
        to: '2008-06-30',
      },
    ],
  },
  {
    names: ['Filippo Grandi'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'UN High Commissioner for Refugees',
        from: '2016-01-01',
        to: '2025-12-31',
      },
    ],
  },
  {
    names: ['Tedros Adhanom Ghebreyesus', 'Tedros Adhanom', 'Dr. Tedros', 'Tedros'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'WHO Director-General', from: '2017-07-01' },
      { country: 'ETH', sector: 'GOV', title: 'Foreign Minister', from: '2012-11-29', to: '2016-11-01' },
    ],
  },
  {
    names: ['Margaret Chan'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'WHO Director-General', from: '2007-01-04', to: '2017-06-30' }],
  },
  {
    names: ['Mohamed ElBaradei', 'Mohamed El Baradei', 'Mohammed ElBaradei', 'ElBaradei'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'IAEA Director General', to: '2009-11-30' },
      { country: 'EGY', sector: 'GOV', title: 'Vice President', from: '2013-07-14', to: '2013-08-14' },
    ],
  },
  {
    names: ['Yukiya Amano'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'IAEA Director General', from: '2009-12-01', to: '2019-07-18' }],
  },
  {
    names: ['Cornel Feruță', 'Cornel Feruta'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'Acting IAEA Director General', from: '2019-07-25', to: '2019-12-02' },
    ],
  },
  {
    names: ['Rafael Grossi', 'Rafael Mariano Grossi'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'IAEA Director General', from: '2019-12-03' }],
  },
  {
    names: ['Hans Blix'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'Chief UN Weapons Inspector', from: '2000-03-01', to: '2003-06-30' },
    ],
  },
  {
    names: ['George Robertson', 'Lord Robertson'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'NATO Secretary General', to: '2003-12-17' }],
  },
  {
    names: ['Jaap de Hoop Scheffer'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'NATO Secretary General', from: '2004-01-01', to: '2009-07-31' },
      { country: 'NLD', sector: 'GOV', title: 'Foreign Minister', from: '2002-07-22', to: '2003-12-03' },
    ],
  },
  {
    names: ['Anders Fogh Rasmussen'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'NATO Secretary General', from: '2009-08-01', to: '2014-09-30' },
      { country: 'DNK', sector: 'GOV', title: 'Prime Minister', from: '2001-11-27', to: '2009-04-05' },
    ],
  },
  {
    names: ['Jens Stoltenberg'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'NATO Secretary General', from: '2014-10-01', to: '2024-10-01' },
      { country: 'NOR', sector: 'GOV', title: 'Prime Minister', from: '2000-03-17', to: '2001-10-19' },
      { country: 'NOR', sector: 'GOV', title: 'Prime Minister', from: '2005-10-17', to: '2013-10-16' },
      { country: 'NOR', sector: 'GOV', title: 'Finance Minister', from: '2025-02-04' },
    ],
  },
  {
    names: ['Mark Rutte'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'NATO Secretary General', from: '2024-10-01' },
      { country: 'NLD', sector: 'GOV', title: 'Prime Minister', from: '2010-10-14', to: '2024-07-02' },
    ],
  },
  {
    names: ['Amr Moussa', 'Amr Musa'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'Arab League Secretary-General', from: '2001-05-15', to: '2011-06-30' },
      { country: 'EGY', sector: 'GOV', title: 'Foreign Minister', to: '2001-05-15' },
    ],
  },
  {
    names: ['Nabil Elaraby', 'Nabil al-Arabi', 'Nabil el-Araby'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'Arab League Secretary-General', from: '2011-07-01', to: '2016-07-01' },
      { country: 'EGY', sector: 'GOV', title: 'Foreign Minister', from: '2011-03-06', to: '2011-07-01' },
    ],
  },
  {
    names: ['Ahmed Aboul Gheit', 'Ahmed Abul Gheit', 'Ahmed Aboul-Gheit'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'Arab League Secretary-General', from: '2016-07-01' },
      { country: 'EGY', sector: 'GOV', title: 'Foreign Minister', from: '2004-07-14', to: '2011-03-06' },
    ],
  },
  {
    names: ['Moussa Faki', 'Moussa Faki Mahamat'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'African Union Commission Chairperson',
        from: '2017-03-14',
        to: '2025-02-15',
      },
      { country: 'TCD', sector: 'GOV', title: 'Prime Minister', from: '2003-06-24', to: '2005-02-04' },
    ],
  },
  {
    names: ['Mahmoud Ali Youssouf'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'African Union Commission Chairperson', from: '2025-02-15' },
      { country: 'DJI', sector: 'GOV', title: 'Foreign Minister', from: '2005-05-22', to: '2025-02-15' },
    ],
  },
  {
    names: ['Nkosazana Dlamini-Zuma'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'African Union Commission Chairperson',
        from: '2012-10-15',
        to: '2017-03-14',
      },
      { country: 'ZAF', sector: 'GOV', title: 'Foreign Minister', to: '2009-05-10' },
    ],
  },
  {
    names: ['Jean Ping'],
    roles: [
      {
        country: 'IGO',
        sector: 'IGO',
        title: 'African Union Commission Chairperson',
        from: '2008-04-28',
        to: '2012-10-15',
      },
    ],
  },
  {
    names: ['Kristalina Georgieva'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'IMF Managing Director', from: '2019-10-01' }],
  },
  {
    names: ['Dominique Strauss-Kahn'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'IMF Managing Director', from: '2007-11-01', to: '2011-05-18' }],
  },
  {
    names: ['Rodrigo Rato'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'IMF Managing Director', from: '2004-06-07', to: '2007-10-31' }],
  },
  {
    names: ['Ngozi Okonjo-Iweala'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'WTO Director-General', from: '2021-03-01' },
      { country: 'NGA', sector: 'GOV', title: 'Finance Minister', from: '2011-08-17', to: '2015-05-29' },
    ],
  },
  {
    names: ['Roberto Azevêdo', 'Roberto Azevedo'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'WTO Director-General', from: '2013-09-01', to: '2020-08-31' }],
  },
  {
    names: ['Pascal Lamy'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'WTO Director-General', from: '2005-09-01', to: '2013-08-31' }],
  },
  {
    names: ['David Malpass'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'World Bank President', from: '2019-04-09', to: '2023-06-01' }],
  },
  {
    names: ['Ajay Banga'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'World Bank President', from: '2023-06-02' }],
  },
  {
    names: ['Jim Yong Kim'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'World Bank President', from: '2012-07-01', to: '2019-02-01' }],
  },
  {
    names: ['Robert Zoellick'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'World Bank President', from: '2007-07-01', to: '2012-06-30' }],
  },
  {
    names: ['Paul Wolfowitz'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'World Bank President', from: '2005-06-01', to: '2007-06-30' },
      { country: 'USA', sector: 'GOV', title: 'Deputy Secretary of Defense', from: '2001-03-02', to: '2005-06-01' },
    ],
  },
  {
    names: ['Luis Moreno Ocampo', 'Luis Moreno-Ocampo'],
    roles: [{ country: 'IGO', sector: 'JUD', title: 'ICC Prosecutor', from: '2003-06-16', to: '2012-06-15' }],
  },
  {
    names: ['Fatou Bensouda'],
    roles: [{ country: 'IGO', sector: 'JUD', title: 'ICC Prosecutor', from: '2012-06-16', to: '2021-06-15' }],
  },
  {
    names: ['Karim Khan', 'Karim A. A. Khan'],
    roles: [{ country: 'IGO', sector: 'JUD', title: 'ICC Prosecutor', from: '2021-06-16' }],
  },
  {
    names: ['Fernando Arias'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'OPCW Director-General', from: '2018-07-25', to: '2025-07-24' }],
  },
  {
    names: ['Ahmet Üzümcü', 'Ahmet Uzumcu'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'OPCW Director-General', from: '2010-07-25', to: '2018-07-24' }],
  },
  {
    names: ['Jan Egeland'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'UN Humanitarian Chief', from: '2003-06-01', to: '2006-12-31' }],
  },
  {
    names: ['Valerie Amos'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'UN Humanitarian Chief', from: '2010-09-01', to: '2015-05-29' }],
  },
  {
    names: ["Stephen O'Brien"],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'UN Humanitarian Chief', from: '2015-05-29', to: '2017-08-31' }],
  },
  {
    names: ['Mark Lowcock'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'UN Humanitarian Chief', from: '2017-09-01', to: '2021-06-30' }],
  },
  {
    names: ['Tom Fletcher'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'UN Humanitarian Chief', from: '2024-11-18' }],
  },
  {
    names: ['Philippe Lazzarini'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'UNRWA Commissioner-General', from: '2020-04-01' }],
  },
  {
    names: ['David Beasley'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'WFP Executive Director', from: '2017-04-04', to: '2023-04-04' }],
  },
  {
    names: ['Cindy McCain'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'WFP Executive Director', from: '2023-04-05' }],
  },
  {
    names: ['Catherine Russell'],
    roles: [{ country: 'IGO', sector: 'IGO', title: 'UNICEF Executive Director', from: '2022-02-01' }],
  },
  {
    names: ['Henrietta Fore'],
    roles: [
      { country: 'IGO', sector: 'IGO', title: 'UNICEF Executive Director', from: '2018-01-01', to: '2021-12-31' },
    ],
  },
  // ---- Iraq ----
  {
    names: ['Saddam Hussein', 'Saddam'],
    roles: [{ country: 'IRQ', sector: 'GOV', title: 'President', to: '2003-04-09' }],
  },
  {
    names: ['Ayad Allawi', 'Iyad Allawi'],
    roles: [
      { country: 'IRQ', sector: 'GOV', title: 'Prime Minister', from: '2004-06-28', to: '2005-05-03' },
      { country: 'IRQ', sector: 'GOV', title: 'Vice President', from: '2014-09-09', to: '2015-08-11' },
      { country: 'IRQ', sector: 'GOV', title: 'Vice President', from: '2016-10-10', to: '2018-10-02' },
    ],
  },
  {
    names: ['Ibrahim al-Jaafari', 'Ibrahim Jaafari', 'Ibrahim al-Jafari'],
    roles: [
      { country: 'IRQ', sector: 'GOV', title: 'Prime Minister', from: '2005-05-03', to: '2006-05-20' },
      { country: 'IRQ', sector: 'GOV', title: 'Foreign Minister', from: '2014-09-08', to: '2018-10-25' },
      { country: 'IRQ', sector: 'GOV', title: 'Vice President', from: '2004-06-28', to: '2005-04-07' },
    ],
  },
  {
    names: [
      'Nouri al-Maliki',
      'Nuri al-Maliki',
      'Nouri Maliki',
      'Nuri Maliki',
      'Nuri Kamal al-Maliki',
      'Jawad al-Maliki',
      'al-Maliki',
      'Maliki',
    ],
    roles: [
      { country: 'IRQ', sector: 'GOV', title: 'Prime Minister', from: '2006-05-20', to: '2014-09-08' },
      { country: 'IRQ', sector: 'GOV', title: 'Vice President', from: '2014-09-09', to: '2015-08-11' },
      { country: 'IRQ', sector: 'GOV', title: 'Vice President', from: '2016-10-10', to: '2018-10-02' },
    ],
  },
  {
    names: ['Haider al-Abadi', 'Haidar al-Abadi', 'Abadi'],
    roles: [{ country: 'IRQ', sector: 'GOV', title: 'Prime Minister', from: '2014-09-08', to: '2018-10-25' }],
  },
  {
    names: ['Adil Abdul-Mahdi', 'Adel Abdul Mahdi', 'Adil Abdul Mahdi', 'Abdul-Mahdi'],
    roles: [
      { country: 'IRQ', sector: 'GOV', title: 'Prime Minister', from: '2018-10-25', to: '2020-05-07' },
      { country: 'IRQ', sector: 'GOV', title: 'Vice President', from: '2005-04-07', to: '2011-05-31' },
    ],
  },
  {
    names: ['Mustafa al-Kadhimi', 'Mustafa Kadhimi', 'Kadhimi'],
    roles: [
      { country: 'IRQ', sector: 'GOV', title: 'Prime Minister', from: '2020-05-07', to: '2022-10-27' },
      { country: 'IRQ', sector: 'SPY', title: 'Intelligence Chief', from: '2016-06-07', to: '2020-05-07' },
    ],
  },
  {
    names: ['Mohammed Shia al-Sudani', "Mohammed Shia' al-Sudani", 'Mohammed al-Sudani', 'Sudani'],
    roles: [{ country: 'IRQ', sector: 'GOV', title: 'Prime Minister', from: '2022-10-27' }],
  },
  {
    names: ['Ghazi al-Yawer', 'Ghazi al-Yawar'],
    roles: [{ country: 'IRQ', sector: 'GOV', title: 'President', from: '2004-06-28', to: '2005-04-07' }],
  },
  {
    names: ['Jalal Talabani'],
    roles: [{ country: 'IRQ', sector: 'GOV', title: 'President', from: '2005-04-07', to: '2014-07-24' }],
  },
  {
    names: ['Fuad Masum', 'Fouad Massoum'],
    roles: [{ country: 'IRQ', sector: 'GOV', title: 'President', from: '2014-07-24', to: '2018-10-02' }],
  },
  {
    names: ['Barham Salih', 'Barham Saleh'],
    roles: [{ country: 'IRQ', sector: 'GOV', title: 'President', from: '2018-10-02', to: '2022-10-17' }],
  },
  {
    names: ['Abdul Latif Rashid', 'Abdul Latif Jamal Rashid'],
    roles: [{ country: 'IRQ', sector: 'GOV', title: 'President', from: '2022-10-17' }],
  },
  {
    names: ['Hoshyar Zebari'],
    roles: [
      { country: 'IRQ', sector: 'GOV', title: 'Foreign Minister', from: '2003-09-03', to: '2014-07-11' },
      { country: 'IRQ', sector: 'GOV', title: 'Finance Minister', from: '2014-09-08', to: '2016-09-21' },
    ],
  },
  {
    names: ['Mohamed Ali Alhakim', 'Mohammed Ali al-Hakim'],
    roles: [{ country: 'IRQ', sector: 'GOV', title: 'Foreign Minister', from: '2018-10-25', to: '2020-05-07' }],
  },
  {
    names: ['Fuad Hussein'],
    roles: [{ country: 'IRQ', sector: 'GOV', title: 'Foreign Minister', from: '2020-06-06' }],
  },
  {
    names: ['Tariq al-Hashimi', 'Tareq al-Hashemi', 'Tariq al-Hashemi'],
    roles: [{ country: 'IRQ', sector: 'GOV', title: 'Vice President', from: '2006-04-22', to: '2012-09-09' }],
  },
  {
    names: ['Mowaffak al-Rubaie', 'Mowaffaq al-Rubaie'],
    roles: [
      { country: 'IRQ', sector: 'GOV', title: 'National Security Adviser', from: '2004-04-01', to: '2009-07-01' },
    ],
  },
  {
    names: ['Ali al-Sistani', 'Ali Sistani', 'Grand Ayatollah Ali al-Sistani', 'Sistani'],
    roles: [{ country: 'IRQ', sector: 'REL', title: 'Grand Ayatollah' }],
  },
  {
    names: ['Muqtada al-Sadr', 'Moqtada al-Sadr', 'Muqtada Sadr', 'Moqtada Sadr'],
    roles: [{ country: 'IRQ', sector: 'REL', title: 'Shiite cleric' }],
  },
  {
    names: ['Masoud Barzani', 'Massoud Barzani'],
    roles: [
      {
        country: 'IRQ',
        sector: 'GOV',
        title: 'President of the Kurdistan Region',
        from: '2005-06-13',
        to: '2017-11-01',
      },
    ],
  },
  {
    names: ['Nechirvan Barzani'],
    roles: [
      { country: 'IRQ', sector: 'GOV', title: 'President of the Kurdistan Region', from: '2019-06-10' },
      {
        country: 'IRQ',
        sector: 'GOV',
        title: 'Prime Minister of the Kurdistan Region',
        from: '2012-03-07',
        to: '2019-06-10',
      },
    ],
  },
  {
    names: ['Abu Bakr al-Baghdadi', 'Abu Bakr Baghdadi', 'Baghdadi'],
    roles: [{ country: 'IMG', sector: 'REB', title: 'Islamic State leader', from: '2010-05-16', to: '2019-10-27' }],
  },
  {
    names: ['Abu Musab al-Zarqawi', 'Zarqawi'],
    roles: [{ country: 'IMG', sector: 'REB', title: 'al-Qaeda in Iraq leader', to: '2006-06-07' }],
  },
  // ---- Iran ----
  {
    names: ['Ali Khamenei', 'Ayatollah Ali Khamenei', 'Ayatollah Khamenei', 'Khamenei', 'Sayyid Ali Khamenei'],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'Supreme Leader' }],
  },
  {
    names: ['Mohammad Khatami', 'Mohammed Khatami'],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'President', to: '2005-08-03' }],
  },
  {
    names: ['Mahmoud Ahmadinejad', 'Ahmadinejad', 'Mahmud Ahmadinejad'],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'President', from: '2005-08-03', to: '2013-08-03' }],
  },
  {
    names: ['Hassan Rouhani', 'Hassan Rowhani', 'Hasan Rouhani'],
    roles: [
      { country: 'IRN', sector: 'GOV', title: 'President', from: '2013-08-03', to: '2021-08-03' },
      { country: 'IRN', sector: 'GOV', title: 'Secretary of the Supreme National Security Council', to: '2005-08-15' },
    ],
  },
  {
    names: ['Ebrahim Raisi', 'Ebrahim Raeisi', 'Ibrahim Raisi'],
    roles: [
      { country: 'IRN', sector: 'GOV', title: 'President', from: '2021-08-03', to: '2024-05-19' },
      { country: 'IRN', sector: 'JUD', title: 'Chief Justice', from: '2019-03-07', to: '2021-07-01' },
    ],
  },
  {
    names: ['Mohammad Mokhber'],
    roles: [
      { country: 'IRN', sector: 'GOV', title: 'Acting President', from: '2024-05-20', to: '2024-07-28' },
      { country: 'IRN', sector: 'GOV', title: 'First Vice President', from: '2021-08-08', to: '2024-07-28' },
    ],
  },
  {
    names: ['Masoud Pezeshkian', 'Massoud Pezeshkian'],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'President', from: '2024-07-28' }],
  },
  {
    names: ['Kamal Kharrazi', 'Kamal Kharazi'],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'Foreign Minister', to: '2005-08-24' }],
  },
  {
    names: ['Manouchehr Mottaki', 'Manuchehr Mottaki'],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'Foreign Minister', from: '2005-08-24', to: '2010-12-13' }],
  },
  {
    names: ['Ali Akbar Salehi'],
    roles: [
      { country: 'IRN', sector: 'GOV', title: 'Foreign Minister', from: '2010-12-13', to: '2013-08-15' },
      {
        country: 'IRN',
        sector: 'GOV',
        title: 'Head of the Atomic Energy Organization of Iran',
        from: '2009-07-16',
        to: '2010-12-13',
      },
      {
        country: 'IRN',
        sector: 'GOV',
        title: 'Head of the Atomic Energy Organization of Iran',
        from: '2013-08-16',
        to: '2021-08-29',
      },
    ],
  },
  {
    names: ['Mohammad Javad Zarif', 'Javad Zarif', 'Mohammad-Javad Zarif', 'Zarif'],
    roles: [
      { country: 'IRN', sector: 'GOV', title: 'Foreign Minister', from: '2013-08-15', to: '2021-08-25' },
      {
        country: 'IRN',
        sector: 'GOV',
        title: 'Ambassador to the United Nations',
        from: '2002-08-05',
        to: '2007-07-05',
      },
      {
        country: 'IRN',
        sector: 'GOV',
        title: 'Vice President for Strategic Affairs',
        from: '2024-08-01',
        to: '2025-03-02',
      },
    ],
  },
  {
    names: ['Hossein Amir-Abdollahian', 'Hossein Amirabdollahian', 'Amir-Abdollahian', 'Amirabdollahian'],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'Foreign Minister', from: '2021-08-25', to: '2024-05-19' }],
  },
  {
    names: ['Ali Bagheri Kani', 'Ali Bagheri'],
    roles: [
      { country: 'IRN', sector: 'GOV', title: 'Acting Foreign Minister', from: '2024-05-20', to: '2024-08-21' },
      { country: 'IRN', sector: 'GOV', title: 'Deputy Foreign Minister', from: '2021-09-01', to: '2024-05-20' },
    ],
  },
  {
    names: ['Abbas Araghchi', 'Abbas Araqchi'],
    roles: [
      { country: 'IRN', sector: 'GOV', title: 'Foreign Minister', from: '2024-08-21' },
      { country: 'IRN', sector: 'GOV', title: 'Deputy Foreign Minister', from: '2013-09-01', to: '2021-08-01' },
    ],
  },
  {
    names: ['Ali Larijani'],
    roles: [
      {
        country: 'IRN',
        sector: 'GOV',
        title: 'Secretary of the Supreme National Security Council',
        from: '2005-08-15',
        to: '2007-10-20',
      },
      { country: 'IRN', sector: 'LEG', title: 'Speaker of Parliament', from: '2008-05-28', to: '2020-05-28' },
      {
        country: 'IRN',
        sector: 'GOV',
        title: 'Secretary of the Supreme National Security Council',
        from: '2025-08-05',
      },
    ],
  },
  {
    names: ['Saeed Jalili'],
    roles: [
      {
        country: 'IRN',
        sector: 'GOV',
        title: 'Secretary of the Supreme National Security Council',
        from: '2007-10-20',
        to: '2013-09-10',
      },
    ],
  },
  {
    names: ['Ali Shamkhani'],
    roles: [
      {
        country: 'IRN',
        sector: 'GOV',
        title: 'Secretary of the Supreme National Security Council',
        from: '2013-09-10',
        to: '2023-05-22',
      },
    ],
  },
  {
    names: ['Ali Akbar Ahmadian'],
    roles: [
      {
        country: 'IRN',
        sector: 'GOV',
        title: 'Secretary of the Supreme National Security Council',
        from: '2023-05-22',
        to: '2025-08-05',
      },
    ],
  },
  {
    names: ['Akbar Hashemi Rafsanjani', 'Ali Akbar Hashemi Rafsanjani', 'Hashemi Rafsanjani', 'Rafsanjani'],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'Chairman of the Expediency Council', to: '2017-01-08' }],
  },
  {
    names: ['Gholam-Ali Haddad-Adel', 'Gholam Ali Haddad Adel'],
    roles: [{ country: 'IRN', sector: 'LEG', title: 'Speaker of Parliament', from: '2004-05-27', to: '2008-05-28' }],
  },
  {
    names: ['Mohammad Bagher Ghalibaf', 'Mohammad Baqer Qalibaf', 'Ghalibaf', 'Qalibaf'],
    roles: [{ country: 'IRN', sector: 'LEG', title: 'Speaker of Parliament', from: '2020-05-28' }],
  },
  {
    names: ['Qasem Soleimani', 'Qassem Soleimani', 'Qassem Suleimani'],
    roles: [{ country: 'IRN', sector: 'MIL', title: 'Quds Force Commander', to: '2020-01-03' }],
  },
  {
    names: ['Esmail Qaani', 'Esmail Ghaani', 'Ismail Qaani'],
    roles: [{ country: 'IRN', sector: 'MIL', title: 'Quds Force Commander', from: '2020-01-03' }],
  },
  {
    names: [
      'Hassan Kazemi Qomi',
      'Hassan Kazemi-Qomi',
      'Hassan Kazemi Qumi',
      'Hasan Kazemi Qomi',
      'Kazemi Qomi',
      'Kazemi-Qomi',
    ],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'Ambassador to Iraq', from: '2006-01-01', to: '2010-06-01' }],
  },
  {
    names: ['Hassan Danaeifar', 'Hassan Danaei Far'],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'Ambassador to Iraq', from: '2010-06-01', to: '2017-01-01' }],
  },
  {
    names: ['Iraj Masjedi'],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'Ambassador to Iraq', from: '2017-01-01', to: '2022-04-01' }],
  },
  {
    names: ['Mohammad Kazem Al-e Sadeq', 'Mohammad Kazem Al Sadegh'],
    roles: [{ country: 'IRN', sector: 'GOV', title: 'Ambassador to Iraq', from: '2022-04-01' }],
  },
  {
    names: ['Ali Akbar Velayati', 'Velayati'],
    roles: [
      {
        country: 'IRN',
        sector: 'GOV',
        title: 'Adviser to the Supreme Leader for International Affairs',
        from: '1997-09-01',
      },
    ],
  },
  // ---- Israel ----
  {
    names: ['Ehud Barak'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'Prime Minister', to: '2001-03-07' },
      { country: 'ISR', sector: 'GOV', title: 'Defense Minister', from: '2007-06-18', to: '2013-03-18' },
    ],
  },
  {
    names: ['Ariel Sharon', 'Arik Sharon'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'Prime Minister', from: '2001-03-07', to: '2006-04-14' }],
  },
  {
    names: ['Ehud Olmert'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'Prime Minister', from: '2006-01-04', to: '2009-03-31' }],
  },
  {
    names: ['Benjamin Netanyahu', 'Binyamin Netanyahu', 'Bibi Netanyahu', 'Bibi'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'Prime Minister', from: '2009-03-31', to: '2021-06-13' },
      { country: 'ISR', sector: 'GOV', title: 'Prime Minister', from: '2022-12-29' },
      { country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2002-11-06', to: '2003-02-28' },
      { country: 'ISR', sector: 'GOV', title: 'Finance Minister', from: '2003-02-28', to: '2005-08-09' },
    ],
  },
  {
    names: ['Naftali Bennett'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'Prime Minister', from: '2021-06-13', to: '2022-06-30' },
      { country: 'ISR', sector: 'GOV', title: 'Defense Minister', from: '2019-11-12', to: '2020-05-17' },
    ],
  },
  {
    names: ['Yair Lapid'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'Prime Minister', from: '2022-07-01', to: '2022-12-29' },
      { country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2021-06-13', to: '2022-12-29' },
    ],
  },
  {
    names: ['Moshe Katsav', 'Moshe Katzav'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'President', from: '2000-08-01', to: '2007-07-01' }],
  },
  {
    names: ['Shimon Peres'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'President', from: '2007-07-15', to: '2014-07-24' },
      { country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2001-03-07', to: '2002-11-02' },
      { country: 'ISR', sector: 'GOV', title: 'Vice Prime Minister', from: '2005-01-10', to: '2006-05-04' },
    ],
  },
  {
    names: ['Reuven Rivlin', 'Ruvi Rivlin'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'President', from: '2014-07-24', to: '2021-07-07' }],
  },
  {
    names: ['Isaac Herzog', 'Yitzhak Herzog'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'President', from: '2021-07-07' }],
  },
  { names: ['David Levy'], roles: [{ country: 'ISR', sector: 'GOV', title: 'Foreign Minister', to: '2000-08-04' }] },
  {
    names: ['Shlomo Ben-Ami'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2000-08-04', to: '2001-03-07' }],
  },
  {
    names: ['Silvan Shalom'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2003-02-28', to: '2006-01-16' }],
  },
  {
    names: ['Tzipi Livni'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2006-01-18', to: '2009-03-31' },
      { country: 'ISR', sector: 'GOV', title: 'Justice Minister', from: '2013-03-18', to: '2014-12-02' },
    ],
  },
  {
    names: ['Avigdor Lieberman', 'Avigdor Liberman'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2009-03-31', to: '2012-12-18' },
      { country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2013-11-11', to: '2015-05-14' },
      { country: 'ISR', sector: 'GOV', title: 'Defense Minister', from: '2016-05-30', to: '2018-11-18' },
      { country: 'ISR', sector: 'GOV', title: 'Finance Minister', from: '2021-06-13', to: '2022-12-29' },
    ],
  },
  {
    names: ['Israel Katz', 'Yisrael Katz'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2019-02-17', to: '2020-05-17' },
      { country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2024-01-01', to: '2024-11-07' },
      { country: 'ISR', sector: 'GOV', title: 'Defense Minister', from: '2024-11-07' },
    ],
  },
  {
    names: ['Gabi Ashkenazi'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2020-05-17', to: '2021-06-13' },
      { country: 'ISR', sector: 'MIL', title: 'Chief of Staff', from: '2007-02-14', to: '2011-02-14' },
    ],
  },
  {
    names: ['Eli Cohen'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2022-12-29', to: '2024-01-01' }],
  },
  {
    names: ["Gideon Sa'ar", 'Gideon Saar'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'Foreign Minister', from: '2024-11-07' }],
  },
  {
    names: ['Shaul Mofaz'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'Defense Minister', from: '2002-11-04', to: '2006-05-04' },
      { country: 'ISR', sector: 'MIL', title: 'Chief of Staff', to: '2002-07-09' },
    ],
  },
  {
    names: ['Amir Peretz'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'Defense Minister', from: '2006-05-04', to: '2007-06-18' }],
  },
  {
    names: ["Moshe Ya'alon", 'Moshe Yaalon', "Bogie Ya'alon"],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'Defense Minister', from: '2013-03-18', to: '2016-05-20' },
      { country: 'ISR', sector: 'MIL', title: 'Chief of Staff', from: '2002-07-09', to: '2005-06-01' },
    ],
  },
  {
    names: ['Benny Gantz'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'Defense Minister', from: '2020-05-17', to: '2022-12-29' },
      { country: 'ISR', sector: 'MIL', title: 'Chief of Staff', from: '2011-02-14', to: '2015-02-16' },
    ],
  },
  {
    names: ['Yoav Gallant'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'Defense Minister', from: '2022-12-29', to: '2024-11-05' }],
  },
  {
    names: ['Dan Halutz'],
    roles: [{ country: 'ISR', sector: 'MIL', title: 'Chief of Staff', from: '2005-06-01', to: '2007-02-14' }],
  },
  {
    names: ['Gadi Eisenkot'],
    roles: [{ country: 'ISR', sector: 'MIL', title: 'Chief of Staff', from: '2015-02-16', to: '2019-01-15' }],
  },
  {
    names: ['Aviv Kochavi'],
    roles: [{ country: 'ISR', sector: 'MIL', title: 'Chief of Staff', from: '2019-01-15', to: '2023-01-16' }],
  },
  {
    names: ['Herzi Halevi'],
    roles: [{ country: 'ISR', sector: 'MIL', title: 'Chief of Staff', from: '2023-01-16', to: '2025-03-05' }],
  },
  { names: ['Eyal Zamir'], roles: [{ country: 'ISR', sector: 'MIL', title: 'Chief of Staff', from: '2025-03-05' }] },
  {
    names: ['Itamar Ben-Gvir', 'Itamar Ben Gvir'],
    roles: [
      { country: 'ISR', sector: 'GOV', title: 'National Security Minister', from: '2022-12-29', to: '2025-01-19' },
      { country: 'ISR', sector: 'GOV', title: 'National Security Minister', from: '2025-03-18' },
    ],
  },
  {
    names: ['Bezalel Smotrich'],
    roles: [{ country: 'ISR', sector: 'GOV', title: 'Finance Minister', from: '2022-12-29' }],
  },
  // ---- Palestinians ----
  {
    names: ['Yasser Arafat', 'Yasir Arafat', 'Arafat'],
    roles: [{ country: 'PSE', sector: 'GOV', title: 'President', to: '2004-11-11' }],
  },
  {
    names: ['Rawhi Fattouh'],
    roles: [{ country: 'PSE', sector: 'GOV', title: 'Interim President', from: '2004-11-11', to: '2005-01-15' }],
  },
  {
    names: ['Mahmoud Abbas', 'Abu Mazen', 'Abbas'],
    roles: [
      { country: 'PSE', sector: 'GOV', title: 'President', from: '2005-01-15' },
      { country: 'PSE', sector: 'GOV', title: 'Prime Minister', from: '2003-03-19', to: '2003-10-07' },
    ],
  },
  {
    names: ['Ahmed Qurei', 'Ahmed Qureia', 'Abu Ala', 'Abu Alaa'],
    roles: [{ country: 'PSE', sector: 'GOV', title: 'Prime Minister', from: '2003-10-07', to: '2006-03-29' }],
  },
  {
    names: ['Ismail Haniyeh', 'Ismail Haniya', 'Haniyeh'],
    roles: [
      { country: 'PSE', sector: 'GOV', title: 'Prime Minister', from: '2006-03-29', to: '2007-06-14' },
      { country: 'PSE', sector: 'REB', title: 'Hamas leader in Gaza', from: '2007-06-14', to: '2017-02-13' },
      { country: 'PSE', sector: 'REB', title: 'Hamas political bureau chief', from: '2017-05-06', to: '2024-07-31' },
    ],
  },
  {
    names: ['Salam Fayyad'],
    roles: [
      { country: 'PSE', sector: 'GOV', title: 'Prime Minister', from: '2007-06-15', to: '2013-06-06' },
      { country: 'PSE', sector: 'GOV', title: 'Finance Minister', from: '2002-06-01', to: '2012-05-16' },
    ],
  },
  {
    names: ['Rami Hamdallah'],
    roles: [{ country: 'PSE', sector: 'GOV', title: 'Prime Minister', from: '2013-06-06', to: '2019-04-14' }],
  },
  {
    names: ['Mohammad Shtayyeh', 'Mohammed Shtayyeh'],
    roles: [{ country: 'PSE', sector: 'GOV', title: 'Prime Minister', from: '2019-04-14', to: '2024-03-31' }],
  },
  {
    names: ['Mohammad Mustafa', 'Mohammed Mustafa'],
    roles: [
      { country: 'PSE', sector: 'GOV', title: 'Prime Minister', from: '2024-03-31' },
      { country: 'PSE', sector: 'GOV', title: 'Foreign Minister', from: '2024-03-31', to: '2025-03-01' },
    ],
  },
  {
    names: ['Nabil Shaath', 'Nabil Shaat'],
    roles: [{ country: 'PSE', sector: 'GOV', title: 'Foreign Minister', from: '2003-04-29', to: '2005-02-24' }],
  },
  {
    names: ['Nasser al-Kidwa', 'Nasser al-Qudwa'],
    roles: [
      { country: 'PSE', sector: 'GOV', title: 'Foreign Minister', from: '2005-02-24', to: '2006-03-29' },
      { country: 'PSE', sector: 'GOV', title: 'Ambassador to the United Nations', to: '2005-02-24' },
    ],
  },
  {
    names: ['Mahmoud al-Zahar', 'Mahmoud Zahar'],
    roles: [
      { country: 'PSE', sector: 'GOV', title: 'Foreign Minister', from: '2006-03-29', to: '2007-03-17' },
      { country: 'PSE', sector: 'REB', title: 'Hamas leader', from: '2007-06-14' },
    ],
  },
  {
    names: ['Riyad al-Maliki', 'Riad al-Maliki', 'Riad Malki', 'Riyad al-Malki'],
    roles: [{ country: 'PSE', sector: 'GOV', title: 'Foreign Minister', from: '2007-06-15', to: '2024-03-31' }],
  },
  {
    names: ['Varsen Aghabekian', 'Varsen Aghabekian Shahin'],
    roles: [{ country: 'PSE', sector: 'GOV', title: 'Foreign Minister', from: '2025-03-01' }],
  },
  {
    names: ['Saeb Erekat', 'Saeb Erakat', 'Erekat'],
    roles: [{ country: 'PSE', sector: 'GOV', title: 'Chief Negotiator', to: '2020-11-10' }],
  },
  {
    names: ['Riyad Mansour'],
    roles: [{ country: 'PSE', sector: 'GOV', title: 'Ambassador to the United Nations', from: '2005-06-01' }],
  },
  {
    names: ['Khaled Meshaal', 'Khaled Mashal', 'Khalid Mishaal', 'Khaled Mashaal'],
    roles: [{ country: 'PSE', sector: 'REB', title: 'Hamas political bureau chief', to: '2017-05-06' }],
  },
  {
    names: ['Yahya Sinwar'],
    roles: [
      { country: 'PSE', sector: 'REB', title: 'Hamas leader in Gaza', from: '2017-02-13', to: '2024-10-16' },
      { country: 'PSE', sector: 'REB', title: 'Hamas political bureau chief', from: '2024-08-06', to: '2024-10-16' },
    ],
  },
  {
    names: ['Mohammed Deif', 'Mohammad Deif'],
    roles: [
      { country: 'PSE', sector: 'REB', title: 'Qassam Brigades commander', from: '2002-09-01', to: '2024-07-13' },
    ],
  },
  {
    names: ['Ahmed Yassin', 'Sheikh Ahmed Yassin'],
    roles: [{ country: 'PSE', sector: 'REB', title: 'Hamas founder and leader', to: '2004-03-22' }],
  },
  {
    names: ['Abdel Aziz al-Rantisi', 'Abdel-Aziz Rantisi'],
    roles: [{ country: 'PSE', sector: 'REB', title: 'Hamas leader in Gaza', from: '2004-03-22', to: '2004-04-17' }],
  },
  { names: ['Marwan Barghouti'], roles: [{ country: 'PSE', sector: 'PTY', title: 'Fatah leader' }] },
  {
    names: ['Ziyad al-Nakhalah', 'Ziad Nakhaleh'],
    roles: [{ country: 'PSE', sector: 'REB', title: 'Islamic Jihad secretary-general', from: '2018-09-28' }],
  },
  {
    names: ['Ramadan Shallah', 'Ramadan Abdullah Shallah'],
    roles: [{ country: 'PSE', sector: 'REB', title: 'Islamic Jihad secretary-general', to: '2018-09-28' }],
  },
  // ---- Syria ----
  {
    names: ['Hafez al-Assad', 'Hafez Assad'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'President', to: '2000-06-10' }],
  },
  {
    names: ['Bashar al-Assad', 'Bashar Assad', 'Bashar al-Asad', 'President Assad', 'Assad'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'President', from: '2000-07-17', to: '2024-12-08' }],
  },
  {
    names: [
      'Ahmed al-Sharaa',
      'Ahmad al-Sharaa',
      'Abu Mohammad al-Jolani',
      'Abu Mohammed al-Golani',
      'Abu Mohammad al-Julani',
      'Jolani',
      'Julani',
    ],
    roles: [
      { country: 'SYR', sector: 'GOV', title: 'President', from: '2025-01-29' },
      { country: 'SYR', sector: 'GOV', title: 'De facto leader', from: '2024-12-08', to: '2025-01-29' },
      { country: 'SYR', sector: 'INS', title: 'Hayat Tahrir al-Sham leader', from: '2017-01-28', to: '2024-12-08' },
      { country: 'SYR', sector: 'INS', title: 'Nusra Front leader', from: '2012-01-23', to: '2017-01-28' },
    ],
  },
  {
    names: ['Muhammad Mustafa Mero', 'Mustafa Miro'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'Prime Minister', from: '2000-03-13', to: '2003-09-10' }],
  },
  {
    names: ['Muhammad Naji al-Otari', 'Naji al-Otari', 'Mohammed Naji Otri'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'Prime Minister', from: '2003-09-10', to: '2011-04-14' }],
  },
  {
    names: ['Adel Safar'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'Prime Minister', from: '2011-04-14', to: '2012-06-23' }],
  },
  {
    names: ['Riyad Farid Hijab', 'Riad Hijab'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'Prime Minister', from: '2012-06-23', to: '2012-08-06' }],
  },
  {
    names: ['Wael Nader al-Halqi', 'Wael al-Halqi'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'Prime Minister', from: '2012-08-09', to: '2016-07-03' }],
  },
  {
    names: ['Imad Khamis'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'Prime Minister', from: '2016-07-03', to: '2020-08-30' }],
  },
  {
    names: ['Hussein Arnous'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'Prime Minister', from: '2020-08-30', to: '2024-12-10' }],
  },
  {
    names: ['Mohammed al-Bashir'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'Prime Minister', from: '2024-12-10', to: '2025-03-29' }],
  },
  {
    names: ['Farouk al-Sharaa', 'Farouk al-Shara', 'Farouq al-Sharaa'],
    roles: [
      { country: 'SYR', sector: 'GOV', title: 'Foreign Minister', to: '2006-02-11' },
      { country: 'SYR', sector: 'GOV', title: 'Vice President', from: '2006-02-11', to: '2014-07-16' },
    ],
  },
  {
    names: ['Walid Muallem', 'Walid al-Moualem', 'Walid al-Muallem', 'Walid Moallem'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'Foreign Minister', from: '2006-02-11', to: '2020-11-16' }],
  },
  {
    names: ['Faisal Mekdad', 'Faisal Miqdad', 'Fayssal Mekdad'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'Foreign Minister', from: '2020-11-22', to: '2024-12-08' }],
  },
  {
    names: ['Asaad al-Shaibani', 'Asaad Hassan al-Shaibani', 'Assad al-Shaibani'],
    roles: [{ country: 'SYR', sector: 'GOV', title: 'Foreign Minister', from: '2024-12-21' }],
  },
  {
    names: ['Bashar Jaafari', 'Bashar al-Jaafari'],
    roles: [
      {
        country: 'SYR',
        sector: 'GOV',
        title: 'Ambassador to the United Nations',
        from: '2006-01-01',
        to: '2020-12-01',
      },
    ],
  },
  {
    names: ['Maher al-Assad'],
    roles: [{ country: 'SYR', sector: 'MIL', title: 'Commander of the Fourth Armoured Division', to: '2024-12-08' }],
  },
  {
    names: ['Mazloum Abdi', 'Mazloum Kobani', 'Mazlum Abdi'],
    roles: [{ country: 'SYR', sector: 'REB', title: 'Syrian Democratic Forces commander', from: '2015-10-10' }],
  },
  // ---- Lebanon ----
  {
    names: ['Émile Lahoud', 'Emile Lahoud'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'President', to: '2007-11-23' }],
  },
  {
    names: ['Michel Suleiman', 'Michel Sleiman'],
    roles: [
      { country: 'LBN', sector: 'GOV', title: 'President', from: '2008-05-25', to: '2014-05-25' },
      { country: 'LBN', sector: 'MIL', title: 'Army Commander', to: '2008-05-25' },
    ],
  },
  {
    names: ['Michel Aoun'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'President', from: '2016-10-31', to: '2022-10-30' }],
  },
  {
    names: ['Joseph Aoun'],
    roles: [
      { country: 'LBN', sector: 'GOV', title: 'President', from: '2025-01-09' },
      { country: 'LBN', sector: 'MIL', title: 'Army Commander', from: '2017-03-08', to: '2025-01-09' },
    ],
  },
  {
    names: ['Selim al-Hoss', 'Salim al-Hoss'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Prime Minister', to: '2000-10-23' }],
  },
  {
    names: ['Rafik Hariri', 'Rafic Hariri', 'Rafiq Hariri', 'Rafik al-Hariri'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Prime Minister', from: '2000-10-23', to: '2004-10-21' }],
  },
  {
    names: ['Omar Karami'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Prime Minister', from: '2004-10-26', to: '2005-04-19' }],
  },
  {
    names: ['Najib Mikati', 'Najib Miqati'],
    roles: [
      { country: 'LBN', sector: 'GOV', title: 'Prime Minister', from: '2005-04-19', to: '2005-07-19' },
      { country: 'LBN', sector: 'GOV', title: 'Prime Minister', from: '2011-06-13', to: '2014-02-15' },
      { country: 'LBN', sector: 'GOV', title: 'Prime Minister', from: '2021-09-10', to: '2025-02-08' },
    ],
  },
  {
    names: ['Fouad Siniora', 'Fuad Siniora', 'Fouad Saniora'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Prime Minister', from: '2005-07-19', to: '2009-11-09' }],
  },
  {
    names: ['Saad Hariri', 'Saad al-Hariri'],
    roles: [
      { country: 'LBN', sector: 'GOV', title: 'Prime Minister', from: '2009-11-09', to: '2011-06-13' },
      { country: 'LBN', sector: 'GOV', title: 'Prime Minister', from: '2016-12-18', to: '2020-01-21' },
    ],
  },
  {
    names: ['Tammam Salam'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Prime Minister', from: '2014-02-15', to: '2016-12-18' }],
  },
  {
    names: ['Hassan Diab'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Prime Minister', from: '2020-01-21', to: '2021-09-10' }],
  },
  {
    names: ['Nawaf Salam'],
    roles: [
      { country: 'LBN', sector: 'GOV', title: 'Prime Minister', from: '2025-02-08' },
      {
        country: 'IGO',
        sector: 'JUD',
        title: 'President of the International Court of Justice',
        from: '2024-02-06',
        to: '2025-01-14',
      },
    ],
  },
  {
    names: ['Fawzi Salloukh', 'Fawzi Sallukh'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Foreign Minister', from: '2005-07-19', to: '2009-11-09' }],
  },
  {
    names: ['Ali al-Shami', 'Ali Shami'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Foreign Minister', from: '2009-11-09', to: '2011-06-13' }],
  },
  {
    names: ['Adnan Mansour'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Foreign Minister', from: '2011-06-13', to: '2014-02-15' }],
  },
  {
    names: ['Gebran Bassil', 'Gibran Bassil'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Foreign Minister', from: '2014-02-15', to: '2020-01-21' }],
  },
  {
    names: ['Nassif Hitti'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Foreign Minister', from: '2020-01-21', to: '2020-08-03' }],
  },
  {
    names: ['Charbel Wehbe'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Foreign Minister', from: '2020-08-03', to: '2021-05-19' }],
  },
  {
    names: ['Abdallah Bou Habib', 'Abdullah Bou Habib'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Foreign Minister', from: '2021-09-10', to: '2025-02-08' }],
  },
  {
    names: ['Youssef Rajji', 'Youssef Raggi'],
    roles: [{ country: 'LBN', sector: 'GOV', title: 'Foreign Minister', from: '2025-02-08' }],
  },
  { names: ['Nabih Berri', 'Nabih Birri'], roles: [{ country: 'LBN', sector: 'LEG', title: 'Speaker of Parliament' }] },
  {
    names: ['Hassan Nasrallah', 'Sayyed Hassan Nasrallah', 'Nasrallah'],
    roles: [{ country: 'LBN', sector: 'REB', title: 'Hezbollah secretary-general', to: '2024-09-27' }],
  },
  {
    names: ['Naim Qassem', 'Naim Kassem', 'Sheikh Naim Qassem'],
    roles: [
      { country: 'LBN', sector: 'REB', title: 'Hezbollah secretary-general', from: '2024-10-29' },
      { country: 'LBN', sector: 'REB', title: 'Hezbollah deputy secretary-general', to: '2024-10-29' },
    ],
  },
  // ---- Jordan ----
  {
    names: [
      'King Abdullah II',
      'Abdullah II',
      'King Abdullah II of Jordan',
      "Jordan's King Abdullah",
      'Abdullah II bin Al-Hussein',
    ],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'King', from: '1999-02-07' }],
  },
  {
    names: ['Ali Abu al-Ragheb', 'Ali Abul Ragheb'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2000-06-19', to: '2003-10-25' }],
  },
  {
    names: ['Faisal al-Fayez'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2003-10-25', to: '2005-04-07' }],
  },
  {
    names: ['Adnan Badran'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2005-04-07', to: '2005-11-27' }],
  },
  {
    names: ['Marouf al-Bakhit', 'Marouf Bakhit'],
    roles: [
      { country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2005-11-27', to: '2007-11-25' },
      { country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2011-02-09', to: '2011-10-24' },
    ],
  },
  {
    names: ['Nader al-Dahabi', 'Nader Dahabi'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2007-11-25', to: '2009-12-14' }],
  },
  {
    names: ['Samir Rifai', 'Samir al-Rifai'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2009-12-14', to: '2011-02-09' }],
  },
  {
    names: ['Awn Khasawneh', 'Awn al-Khasawneh'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2011-10-24', to: '2012-05-02' }],
  },
  {
    names: ['Fayez al-Tarawneh'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2012-05-02', to: '2012-10-11' }],
  },
  {
    names: ['Abdullah Ensour', 'Abdullah al-Nsour'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2012-10-11', to: '2016-06-01' }],
  },
  {
    names: ['Hani Mulki', 'Hani al-Mulki'],
    roles: [
      { country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2016-06-01', to: '2018-06-14' },
      { country: 'JOR', sector: 'GOV', title: 'Foreign Minister', from: '2004-10-01', to: '2005-04-07' },
    ],
  },
  {
    names: ['Omar Razzaz', 'Omar al-Razzaz'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2018-06-14', to: '2020-10-12' }],
  },
  {
    names: ['Bisher Al-Khasawneh', 'Bisher al-Khasawneh'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2020-10-12', to: '2024-09-18' }],
  },
  {
    names: ['Jafar Hassan', 'Jaafar Hassan'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Prime Minister', from: '2024-09-18' }],
  },
  {
    names: ['Marwan Muasher', 'Marwan al-Muasher'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Foreign Minister', from: '2002-01-01', to: '2004-10-01' }],
  },
  {
    names: ['Abdul Ilah al-Khatib', 'Abdelelah al-Khatib'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Foreign Minister', from: '2005-07-01', to: '2007-11-25' }],
  },
  {
    names: ['Salah al-Bashir', 'Salaheddin al-Bashir'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Foreign Minister', from: '2007-11-25', to: '2009-02-23' }],
  },
  {
    names: ['Nasser Judeh'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Foreign Minister', from: '2009-02-23', to: '2017-01-15' }],
  },
  {
    names: ['Ayman Safadi'],
    roles: [{ country: 'JOR', sector: 'GOV', title: 'Foreign Minister', from: '2017-01-15' }],
  },
  {
    names: ['Queen Rania', 'Rania Al Abdullah'],
    roles: [{ country: 'JOR', sector: 'ELI', title: 'Queen consort', from: '1999-02-07' }],
  },
  // ---- Egypt ----
  {
    names: ['Hosni Mubarak', 'Muhammad Hosni Mubarak', 'Mubarak'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'President', to: '2011-02-11' }],
  },
  {
    names: ['Mohamed Hussein Tantawi', 'Hussein Tantawi', 'Field Marshal Tantawi'],
    roles: [
      {
        country: 'EGY',
        sector: 'MIL',
        title: 'Chairman of the Supreme Council of the Armed Forces',
        from: '2011-02-11',
        to: '2012-06-30',
      },
      { country: 'EGY', sector: 'GOV', title: 'Defense Minister', to: '2012-08-12' },
    ],
  },
  {
    names: ['Mohamed Morsi', 'Mohammed Morsi', 'Mohamed Mursi', 'Muhammad Morsi', 'Morsi', 'Mursi'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'President', from: '2012-06-30', to: '2013-07-03' }],
  },
  {
    names: ['Adly Mansour', 'Adli Mansour'],
    roles: [
      { country: 'EGY', sector: 'GOV', title: 'Interim President', from: '2013-07-04', to: '2014-06-08' },
      {
        country: 'EGY',
        sector: 'JUD',
        title: 'Chief Justice of the Supreme Constitutional Court',
        from: '2013-07-01',
        to: '2016-06-30',
      },
    ],
  },
  {
    names: [
      'Abdel Fattah el-Sisi',
      'Abdel Fattah al-Sisi',
      'Abdul Fattah al-Sisi',
      'Abdel-Fattah el-Sissi',
      'Abdel Fattah Sisi',
      'Sisi',
      'el-Sisi',
      'al-Sisi',
      'Sissi',
    ],
    roles: [
      { country: 'EGY', sector: 'GOV', title: 'President', from: '2014-06-08' },
      { country: 'EGY', sector: 'GOV', title: 'Defense Minister', from: '2012-08-12', to: '2014-03-26' },
    ],
  },
  {
    names: ['Omar Suleiman', 'Omar Soliman'],
    roles: [
      { country: 'EGY', sector: 'GOV', title: 'Vice President', from: '2011-01-29', to: '2011-02-11' },
      { country: 'EGY', sector: 'SPY', title: 'Intelligence Chief', to: '2011-01-31' },
    ],
  },
  {
    names: ['Atef Ebeid', 'Atef Obeid'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Prime Minister', to: '2004-07-14' }],
  },
  {
    names: ['Ahmed Nazif'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Prime Minister', from: '2004-07-14', to: '2011-01-29' }],
  },
  {
    names: ['Ahmed Shafik', 'Ahmed Shafiq'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Prime Minister', from: '2011-01-29', to: '2011-03-03' }],
  },
  {
    names: ['Essam Sharaf'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Prime Minister', from: '2011-03-03', to: '2011-12-07' }],
  },
  {
    names: ['Kamal Ganzouri', 'Kamal el-Ganzouri', 'Kamal al-Ganzouri'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Prime Minister', from: '2011-12-07', to: '2012-08-02' }],
  },
  {
    names: ['Hesham Qandil', 'Hisham Qandil', 'Hisham Kandil'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Prime Minister', from: '2012-08-02', to: '2013-07-16' }],
  },
  {
    names: ['Hazem el-Beblawi', 'Hazem Beblawi'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Prime Minister', from: '2013-07-16', to: '2014-03-01' }],
  },
  {
    names: ['Ibrahim Mahlab'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Prime Minister', from: '2014-03-01', to: '2015-09-19' }],
  },
  {
    names: ['Sherif Ismail'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Prime Minister', from: '2015-09-19', to: '2018-06-07' }],
  },
  {
    names: ['Mostafa Madbouly', 'Moustafa Madbouly', 'Mustafa Madbouly'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Prime Minister', from: '2018-06-07' }],
  },
  {
    names: ['Ahmed Maher'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Foreign Minister', from: '2001-05-15', to: '2004-07-14' }],
  },
  {
    names: ['Mohamed Kamel Amr'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Foreign Minister', from: '2011-07-01', to: '2013-07-16' }],
  },
  {
    names: ['Nabil Fahmy'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Foreign Minister', from: '2013-07-16', to: '2014-06-17' }],
  },
  {
    names: ['Sameh Shoukry', 'Sameh Shukri'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Foreign Minister', from: '2014-06-17', to: '2024-07-03' }],
  },
  {
    names: ['Badr Abdelatty', 'Badr Abdel Aty', 'Badr Abdelaty'],
    roles: [{ country: 'EGY', sector: 'GOV', title: 'Foreign Minister', from: '2024-07-03' }],
  },
  {
    names: ['Abbas Kamel'],
    roles: [{ country: 'EGY', sector: 'SPY', title: 'Intelligence Chief', from: '2018-01-18', to: '2024-10-16' }],
  },
  // ---- Saudi Arabia ----
  {
    names: ['King Fahd', 'Fahd bin Abdulaziz', 'King Fahd bin Abdulaziz'],
    roles: [{ country: 'SAU', sector: 'GOV', title: 'King', to: '2005-08-01' }],
  },
  {
    names: [
      'King Abdullah',
      'King Abdullah bin Abdulaziz',
      'Abdullah bin Abdulaziz',
      'Abdullah bin Abdul Aziz',
      'Crown Prince Abdullah',
    ],
    roles: [
      { country: 'SAU', sector: 'GOV', title: 'King', from: '2005-08-01', to: '2015-01-23' },
      { country: 'SAU', sector: 'GOV', title: 'Crown Prince', to: '2005-08-01' },
    ],
  },
  {
    names: ['King Salman', 'King Salman bin Abdulaziz', 'Salman bin Abdulaziz', 'Salman bin Abdulaziz Al Saud'],
    roles: [
      { country: 'SAU', sector: 'GOV', title: 'King', from: '2015-01-23' },
      { country: 'SAU', sector: 'GOV', title: 'Crown Prince', from: '2012-06-18', to: '2015-01-23' },
      { country: 'SAU', sector: 'GOV', title: 'Defense Minister', from: '2011-11-05', to: '2015-01-23' },
    ],
  },
  {
    names: ['Crown Prince Sultan', 'Sultan bin Abdulaziz'],
    roles: [
      { country: 'SAU', sector: 'GOV', title: 'Crown Prince', from: '2005-08-01', to: '2011-10-22' },
      { country: 'SAU', sector: 'GOV', title: 'Defense Minister', to: '2011-10-22' },
    ],
  },
  {
    names: ['Prince Nayef', 'Nayef bin Abdulaziz'],
    roles: [
      { country: 'SAU', sector: 'GOV', title: 'Crown Prince', from: '2011-10-27', to: '2012-06-16' },
      { country: 'SAU', sector: 'GOV', title: 'Interior Minister', to: '2012-06-16' },
    ],
  },
  {
    names: ['Muqrin bin Abdulaziz', 'Prince Muqrin'],
    roles: [
      { country: 'SAU', sector: 'GOV', title: 'Crown Prince', from: '2015-01-23', to: '2015-04-29' },
      { country: 'SAU', sector: 'SPY', title: 'Intelligence Chief', from: '2005-10-22', to: '2012-07-19' },
    ],
  },
  {
    names: ['Mohammed bin Nayef', 'Muhammad bin Nayef'],
    roles: [
      { country: 'SAU', sector: 'GOV', title: 'Crown Prince', from: '2015-04-29', to: '2017-06-21' },
      { country: 'SAU', sector: 'GOV', title: 'Interior Minister', from: '2012-11-05', to: '2017-06-21' },
    ],
  },
  {
    names: ['Mohammed bin Salman', 'Muhammad bin Salman', 'Mohammad bin Salman', 'MBS', 'Crown Prince Mohammed'],
    roles: [
      { country: 'SAU', sector: 'GOV', title: 'Crown Prince', from: '2017-06-21' },
      { country: 'SAU', sector: 'GOV', title: 'Prime Minister', from: '2022-09-27' },
      { country: 'SAU', sector: 'GOV', title: 'Defense Minister', from: '2015-01-23', to: '2022-09-27' },
    ],
  },
  {
    names: ['Saud al-Faisal', 'Prince Saud al-Faisal'],
    roles: [{ country: 'SAU', sector: 'GOV', title: 'Foreign Minister', to: '2015-04-29' }],
  },
  {
    names: ['Adel al-Jubeir', 'Adel Jubeir'],
    roles: [
      { country: 'SAU', sector: 'GOV', title: 'Foreign Minister', from: '2015-04-29', to: '2018-12-27' },
      { country: 'SAU', sector: 'GOV', title: 'Ambassador to the United States', from: '2007-02-01', to: '2015-04-29' },
      { country: 'SAU', sector: 'GOV', title: 'Minister of State for Foreign Affairs', from: '2018-12-27' },
    ],
  },
  {
    names: ['Ibrahim Abdulaziz Al-Assaf', 'Ibrahim al-Assaf'],
    roles: [{ country: 'SAU', sector: 'GOV', title: 'Foreign Minister', from: '2018-12-27', to: '2019-10-23' }],
  },
  {
    names: ['Faisal bin Farhan', 'Faisal bin Farhan Al Saud', 'Prince Faisal bin Farhan'],
    roles: [{ country: 'SAU', sector: 'GOV', title: 'Foreign Minister', from: '2019-10-23' }],
  },
  {
    names: ['Bandar bin Sultan', 'Prince Bandar'],
    roles: [
      { country: 'SAU', sector: 'GOV', title: 'Ambassador to the United States', to: '2005-09-01' },
      {
        country: 'SAU',
        sector: 'GOV',
        title: 'Secretary-General of the National Security Council',
        from: '2005-10-16',
        to: '2015-01-29',
      },
      { country: 'SAU', sector: 'SPY', title: 'Intelligence Chief', from: '2012-07-19', to: '2014-04-15' },
    ],
  },
  {
    names: ['Turki al-Faisal', 'Prince Turki al-Faisal'],
    roles: [
      { country: 'SAU', sector: 'GOV', title: 'Ambassador to the United States', from: '2005-09-01', to: '2007-02-01' },
      {
        country: 'SAU',
        sector: 'GOV',
        title: 'Ambassador to the United Kingdom',
        from: '2002-10-01',
        to: '2005-07-01',
      },
    ],
  },
  {
    names: ['Khalid bin Salman', 'Prince Khalid bin Salman'],
    roles: [
      { country: 'SAU', sector: 'GOV', title: 'Defense Minister', from: '2022-09-27' },
      { country: 'SAU', sector: 'GOV', title: 'Ambassador to the United States', from: '2017-04-22', to: '2019-02-23' },
    ],
  },
  // ---- United Arab Emirates ----
  {
    names: ['Sheikh Zayed bin Sultan Al Nahyan', 'Zayed bin Sultan Al Nahyan', 'Sheikh Zayed'],
    roles: [{ country: 'ARE', sector: 'GOV', title: 'President', to: '2004-11-02' }],
  },
  {
    names: ['Khalifa bin Zayed Al Nahyan', 'Sheikh Khalifa bin Zayed', 'Sheikh Khalifa'],
    roles: [{ country: 'ARE', sector: 'GOV', title: 'President', from: '2004-11-03', to: '2022-05-13' }],
  },
  {
    names: [
      'Mohamed bin Zayed Al Nahyan',
      'Mohammed bin Zayed',
      'Mohamed bin Zayed',
      'Sheikh Mohamed bin Zayed',
      'MBZ',
    ],
    roles: [
      { country: 'ARE', sector: 'GOV', title: 'President', from: '2022-05-14' },
      { country: 'ARE', sector: 'GOV', title: 'Crown Prince of Abu Dhabi', from: '2004-11-03', to: '2022-05-14' },
    ],
  },
  {
    names: ['Maktoum bin Rashid Al Maktoum'],
    roles: [{ country: 'ARE', sector: 'GOV', title: 'Prime Minister', to: '2006-01-04' }],
  },
  {
    names: ['Mohammed bin Rashid Al Maktoum', 'Sheikh Mohammed bin Rashid', 'Mohammed bin Rashid'],
    roles: [
      { country: 'ARE', sector: 'GOV', title: 'Prime Minister', from: '2006-01-05' },
      { country: 'ARE', sector: 'GOV', title: 'Vice President', from: '2006-01-05' },
    ],
  },
  {
    names: ['Rashid Abdullah Al Nuaimi'],
    roles: [{ country: 'ARE', sector: 'GOV', title: 'Foreign Minister', to: '2006-02-09' }],
  },
  {
    names: ['Abdullah bin Zayed Al Nahyan', 'Sheikh Abdullah bin Zayed', 'Abdullah bin Zayed'],
    roles: [{ country: 'ARE', sector: 'GOV', title: 'Foreign Minister', from: '2006-02-09' }],
  },
  {
    names: ['Anwar Gargash'],
    roles: [
      {
        country: 'ARE',
        sector: 'GOV',
        title: 'Minister of State for Foreign Affairs',
        from: '2008-02-17',
        to: '2021-02-11',
      },
      { country: 'ARE', sector: 'GOV', title: 'Diplomatic Adviser to the President', from: '2021-02-11' },
    ],
  },
  // ---- Qatar ----
  {
    names: ['Hamad bin Khalifa Al Thani', 'Sheikh Hamad bin Khalifa'],
    roles: [{ country: 'QAT', sector: 'GOV', title: 'Emir', to: '2013-06-25' }],
  },
  {
    names: ['Tamim bin Hamad Al Thani', 'Sheikh Tamim bin Hamad', 'Sheikh Tamim', 'Emir Tamim'],
    roles: [{ country: 'QAT', sector: 'GOV', title: 'Emir', from: '2013-06-25' }],
  },
  {
    names: ['Abdullah bin Khalifa Al Thani'],
    roles: [{ country: 'QAT', sector: 'GOV', title: 'Prime Minister', to: '2007-04-03' }],
  },
  {
    names: [
      'Hamad bin Jassim bin Jaber Al Thani',
      'Hamad bin Jassim Al Thani',
      'Sheikh Hamad bin Jassim',
      'Hamad bin Jassim',
    ],
    roles: [
      { country: 'QAT', sector: 'GOV', title: 'Prime Minister', from: '2007-04-03', to: '2013-06-26' },
      { country: 'QAT', sector: 'GOV', title: 'Foreign Minister', to: '2013-06-26' },
    ],
  },
  {
    names: ['Abdullah bin Nasser bin Khalifa Al Thani', 'Abdullah bin Nasser Al Thani'],
    roles: [{ country: 'QAT', sector: 'GOV', title: 'Prime Minister', from: '2013-06-26', to: '2020-01-28' }],
  },
  {
    names: ['Khalid bin Khalifa bin Abdulaziz Al Thani', 'Khalid bin Khalifa Al Thani'],
    roles: [{ country: 'QAT', sector: 'GOV', title: 'Prime Minister', from: '2020-01-28', to: '2023-03-07' }],
  },
  {
    names: [
      'Mohammed bin Abdulrahman Al Thani',
      'Sheikh Mohammed bin Abdulrahman Al Thani',
      'Mohammed bin Abdulrahman',
    ],
    roles: [
      { country: 'QAT', sector: 'GOV', title: 'Prime Minister', from: '2023-03-07' },
      { country: 'QAT', sector: 'GOV', title: 'Foreign Minister', from: '2016-01-27' },
    ],
  },
  {
    names: ['Khalid al-Attiyah', 'Khalid bin Mohammad Al Attiyah'],
    roles: [{ country: 'QAT', sector: 'GOV', title: 'Foreign Minister', from: '2013-06-26', to: '2016-01-27' }],
  },
  {
    names: ['Majed al-Ansari'],
    roles: [{ country: 'QAT', sector: 'GOV', title: 'Foreign Ministry Spokesman', from: '2022-01-01' }],
  },
  // ---- Kuwait ----
  {
    names: ['Jaber Al-Ahmad Al-Sabah', 'Sheikh Jaber al-Ahmad'],
    roles: [{ country: 'KWT', sector: 'GOV', title: 'Emir', to: '2006-01-15' }],
  },
  {
    names: ['Saad Al-Abdullah Al-Salim Al-Sabah', 'Sheikh Saad al-Abdullah'],
    roles: [
      { country: 'KWT', sector: 'GOV', title: 'Emir', from: '2006-01-15', to: '2006-01-24' },
      { country: 'KWT', sector: 'GOV', title: 'Prime Minister', to: '2003-07-13' },
    ],
  },
  {
    names: ['Sabah Al-Ahmad Al-Jaber Al-Sabah', 'Sheikh Sabah al-Ahmad', 'Sheikh Sabah al-Ahmed al-Sabah'],
    roles: [
      { country: 'KWT', sector: 'GOV', title: 'Emir', from: '2006-01-29', to: '2020-09-29' },
      { country: 'KWT', sector: 'GOV', title: 'Prime Minister', from: '2003-07-13', to: '2006-01-29' },
      { country: 'KWT', sector: 'GOV', title: 'Foreign Minister', to: '2003-07-13' },
    ],
  },
  {
    names: ['Nawaf Al-Ahmad Al-Jaber Al-Sabah', 'Sheikh Nawaf al-Ahmad'],
    roles: [
      { country: 'KWT', sector: 'GOV', title: 'Emir', from: '2020-09-30', to: '2023-12-16' },
      { country: 'KWT', sector: 'GOV', title: 'Crown Prince', from: '2006-02-07', to: '2020-09-30' },
    ],
  },
  {
    names: ['Mishal Al-Ahmad Al-Jaber Al-Sabah', 'Sheikh Mishal al-Ahmad', 'Sheikh Meshal al-Ahmad'],
    roles: [
      { country: 'KWT', sector: 'GOV', title: 'Emir', from: '2023-12-16' },
      { country: 'KWT', sector: 'GOV', title: 'Crown Prince', from: '2020-10-08', to: '2023-12-16' },
    ],
  },
  {
    names: ['Nasser Al-Mohammed Al-Sabah', 'Sheikh Nasser al-Mohammed'],
    roles: [{ country: 'KWT', sector: 'GOV', title: 'Prime Minister', from: '2006-02-07', to: '2011-11-28' }],
  },
  {
    names: ['Jaber Al-Mubarak Al-Hamad Al-Sabah', 'Sheikh Jaber al-Mubarak'],
    roles: [{ country: 'KWT', sector: 'GOV', title: 'Prime Minister', from: '2011-11-30', to: '2019-11-19' }],
  },
  {
    names: ['Sabah Al-Khalid Al-Hamad Al-Sabah', 'Sheikh Sabah al-Khalid'],
    roles: [
      { country: 'KWT', sector: 'GOV', title: 'Prime Minister', from: '2019-11-19', to: '2022-07-24' },
      { country: 'KWT', sector: 'GOV', title: 'Foreign Minister', from: '2011-10-01', to: '2019-11-19' },
    ],
  },
  {
    names: ['Ahmad Nawaf Al-Ahmad Al-Sabah', 'Sheikh Ahmad Nawaf'],
    roles: [{ country: 'KWT', sector: 'GOV', title: 'Prime Minister', from: '2022-07-24', to: '2024-01-04' }],
  },
  {
    names: ['Mohammad Sabah Al-Salem Al-Sabah', 'Sheikh Mohammad al-Sabah al-Salem'],
    roles: [
      { country: 'KWT', sector: 'GOV', title: 'Prime Minister', from: '2024-01-04', to: '2024-04-15' },
      { country: 'KWT', sector: 'GOV', title: 'Foreign Minister', from: '2003-07-14', to: '2011-10-01' },
    ],
  },
  {
    names: ['Ahmad Abdullah Al-Ahmad Al-Sabah', 'Sheikh Ahmad Abdullah al-Sabah'],
    roles: [{ country: 'KWT', sector: 'GOV', title: 'Prime Minister', from: '2024-05-15' }],
  },
  {
    names: ['Ahmad Nasser Al-Mohammad Al-Sabah', 'Sheikh Ahmad Nasser al-Sabah'],
    roles: [{ country: 'KWT', sector: 'GOV', title: 'Foreign Minister', from: '2019-12-17', to: '2022-08-01' }],
  },
  {
    names: ['Salem Abdullah Al-Jaber Al-Sabah', 'Sheikh Salem Abdullah al-Sabah'],
    roles: [{ country: 'KWT', sector: 'GOV', title: 'Foreign Minister', from: '2022-08-01', to: '2024-06-01' }],
  },
  {
    names: ['Abdullah Ali Al-Yahya', 'Abdullah al-Yahya'],
    roles: [{ country: 'KWT', sector: 'GOV', title: 'Foreign Minister', from: '2024-06-01' }],
  },
  // ---- Bahrain ----
  {
    names: ['Hamad bin Isa Al Khalifa', 'King Hamad', 'King Hamad bin Isa Al Khalifa'],
    roles: [{ country: 'BHR', sector: 'GOV', title: 'King', from: '1999-03-06' }],
  },
  {
    names: ['Khalifa bin Salman Al Khalifa', 'Sheikh Khalifa bin Salman'],
    roles: [{ country: 'BHR', sector: 'GOV', title: 'Prime Minister', to: '2020-11-11' }],
  },
  {
    names: ['Salman bin Hamad Al Khalifa', 'Crown Prince Salman bin Hamad', 'Salman bin Hamad'],
    roles: [
      { country: 'BHR', sector: 'GOV', title: 'Prime Minister', from: '2020-11-11' },
      { country: 'BHR', sector: 'GOV', title: 'Crown Prince', from: '1999-03-09' },
    ],
  },
  {
    names: ['Mohammed bin Mubarak Al Khalifa'],
    roles: [{ country: 'BHR', sector: 'GOV', title: 'Foreign Minister', to: '2005-09-01' }],
  },
  {
    names: ['Khalid bin Ahmed Al Khalifa', 'Sheikh Khalid bin Ahmed'],
    roles: [{ country: 'BHR', sector: 'GOV', title: 'Foreign Minister', from: '2005-09-01', to: '2020-02-11' }],
  },
  {
    names: ['Abdullatif bin Rashid Al Zayani', 'Abdullatif al-Zayani'],
    roles: [
      { country: 'BHR', sector: 'GOV', title: 'Foreign Minister', from: '2020-02-11' },
      { country: 'IGO', sector: 'IGO', title: 'GCC Secretary-General', from: '2011-04-01', to: '2020-01-31' },
    ],
  },
  // ---- Oman ----
  {
    names: ['Sultan Qaboos', 'Qaboos bin Said', 'Qaboos bin Said Al Said'],
    roles: [{ country: 'OMN', sector: 'GOV', title: 'Sultan', to: '2020-01-10' }],
  },
  {
    names: ['Haitham bin Tariq', 'Sultan Haitham', 'Haitham bin Tariq Al Said'],
    roles: [{ country: 'OMN', sector: 'GOV', title: 'Sultan', from: '2020-01-11' }],
  },
  {
    names: ['Yusuf bin Alawi bin Abdullah', 'Yusuf bin Alawi'],
    roles: [{ country: 'OMN', sector: 'GOV', title: 'Minister Responsible for Foreign Affairs', to: '2020-08-18' }],
  },
  {
    names: ['Badr Albusaidi', 'Badr al-Busaidi', 'Sayyid Badr Albusaidi'],
    roles: [{ country: 'OMN', sector: 'GOV', title: 'Foreign Minister', from: '2020-08-18' }],
  },
  // ---- Yemen ----
  {
    names: ['Ali Abdullah Saleh', 'Ali Abdallah Saleh'],
    roles: [{ country: 'YEM', sector: 'GOV', title: 'President', to: '2012-02-27' }],
  },
  {
    names: [
      'Abdrabbuh Mansur Hadi',
      'Abd Rabbuh Mansur Hadi',
      'Abed Rabbo Mansour Hadi',
      'Abdu Rabbu Mansour Hadi',
      'Mansour Hadi',
    ],
    roles: [
      { country: 'YEM', sector: 'GOV', title: 'President', from: '2012-02-27', to: '2022-04-07' },
      { country: 'YEM', sector: 'GOV', title: 'Vice President', to: '2012-02-27' },
    ],
  },
  {
    names: ['Rashad al-Alimi', 'Rashad Muhammad al-Alimi'],
    roles: [
      { country: 'YEM', sector: 'GOV', title: 'Chairman of the Presidential Leadership Council', from: '2022-04-07' },
    ],
  },
  {
    names: ['Abdul Qadir Bajamal', 'Abdulqader Bajammal'],
    roles: [{ country: 'YEM', sector: 'GOV', title: 'Prime Minister', from: '2001-04-04', to: '2007-03-31' }],
  },
  {
    names: ['Ali Muhammad Mujawar', 'Ali Mohammed Mujawar'],
    roles: [{ country: 'YEM', sector: 'GOV', title: 'Prime Minister', from: '2007-03-31', to: '2011-12-07' }],
  },
  {
    names: ['Mohammed Basindawa', 'Mohammed Salem Basindwa'],
    roles: [{ country: 'YEM', sector: 'GOV', title: 'Prime Minister', from: '2011-12-07', to: '2014-09-24' }],
  },
  {
    names: ['Khaled Bahah', 'Khaled Mahfoudh Bahah'],
    roles: [{ country: 'YEM', sector: 'GOV', title: 'Prime Minister', from: '2014-11-09', to: '2016-04-03' }],
  },
  {
    names: ['Ahmed Obeid bin Daghr', 'Ahmed bin Dagher'],
    roles: [{ country: 'YEM', sector: 'GOV', title: 'Prime Minister', from: '2016-04-04', to: '2018-10-15' }],
  },
  {
    names: ['Maeen Abdulmalik', 'Maeen Abdulmalik Saeed'],
    roles: [{ country: 'YEM', sector: 'GOV', title: 'Prime Minister', from: '2018-10-15', to: '2024-02-05' }],
  },
  {
    names: ['Ahmad Awad bin Mubarak', 'Ahmed Awad bin Mubarak'],
    roles: [
      { country: 'YEM', sector: 'GOV', title: 'Prime Minister', from: '2024-02-05', to: '2025-05-03' },
      { country: 'YEM', sector: 'GOV', title: 'Foreign Minister', from: '2020-12-18', to: '2024-02-05' },
    ],
  },
  {
    names: ['Salem bin Breik', 'Salem Saleh bin Braik'],
    roles: [{ country: 'YEM', sector: 'GOV', title: 'Prime Minister', from: '2025-05-03' }],
  },
  {
    names: ['Abu Bakr al-Qirbi', 'Abubakr al-Qirbi'],
    roles: [{ country: 'YEM', sector: 'GOV', title: 'Foreign Minister', from: '2001-04-04', to: '2014-11-09' }],
  },
  {
    names: ['Abdulmalik al-Mekhlafi'],
    roles: [{ country: 'YEM', sector: 'GOV', title: 'Foreign Minister', from: '2015-12-01', to: '2018-05-24' }],
  },
  {
    names: ['Abdul-Malik al-Houthi', 'Abdulmalik al-Houthi', 'Abdul Malik al-Houthi'],
    roles: [{ country: 'YEM', sector: 'REB', title: 'Houthi leader', from: '2004-09-10' }],
  },
  {
    names: ['Mahdi al-Mashat'],
    roles: [
      { country: 'YEM', sector: 'REB', title: 'Head of the Houthi Supreme Political Council', from: '2018-04-25' },
    ],
  },
  {
    names: ['Mohammed Ali al-Houthi'],
    roles: [
      {
        country: 'YEM',
        sector: 'REB',
        title: 'Head of the Houthi Supreme Revolutionary Committee',
        from: '2015-02-06',
        to: '2016-08-15',
      },
    ],
  },
  // ---- Turkey ----
  {
    names: ['Süleyman Demirel', 'Suleyman Demirel'],
    roles: [{ country: 'TUR', sector: 'GOV', title: 'President', to: '2000-05-16' }],
  },
  {
    names: ['Ahmet Necdet Sezer', 'Necdet Sezer'],
    roles: [{ country: 'TUR', sector: 'GOV', title: 'President', from: '2000-05-16', to: '2007-08-28' }],
  },
  {
    names: ['Abdullah Gül', 'Abdullah Gul'],
    roles: [
      { country: 'TUR', sector: 'GOV', title: 'President', from: '2007-08-28', to: '2014-08-28' },
      { country: 'TUR', sector: 'GOV', title: 'Prime Minister', from: '2002-11-18', to: '2003-03-14' },
      { country: 'TUR', sector: 'GOV', title: 'Foreign Minister', from: '2003-03-14', to: '2007-08-28' },
    ],
  },
  {
    names: [
      'Recep Tayyip Erdoğan',
      'Recep Tayyip Erdogan',
      'Tayyip Erdogan',
      'Tayyip Erdoğan',
      'Erdogan',
      'Erdoğan',
      'President Erdogan',
    ],
    roles: [
      { country: 'TUR', sector: 'GOV', title: 'President', from: '2014-08-28' },
      { country: 'TUR', sector: 'GOV', title: 'Prime Minister', from: '2003-03-14', to: '2014-08-28' },
    ],
  },
  {
    names: ['Bülent Ecevit', 'Bulent Ecevit'],
    roles: [{ country: 'TUR', sector: 'GOV', title: 'Prime Minister', to: '2002-11-18' }],
  },
  {
    names: ['Ahmet Davutoğlu', 'Ahmet Davutoglu'],
    roles: [
      { country: 'TUR', sector: 'GOV', title: 'Prime Minister', from: '2014-08-28', to: '2016-05-24' },
      { country: 'TUR', sector: 'GOV', title: 'Foreign Minister', from: '2009-05-01', to: '2014-08-28' },
    ],
  },
  {
    names: ['Binali Yıldırım', 'Binali Yildirim'],
    roles: [{ country: 'TUR', sector: 'GOV', title: 'Prime Minister', from: '2016-05-24', to: '2018-07-09' }],
  },
  {
    names: ['İsmail Cem', 'Ismail Cem'],
    roles: [{ country: 'TUR', sector: 'GOV', title: 'Foreign Minister', to: '2002-07-11' }],
  },
  {
    names: ['Yaşar Yakış', 'Yasar Yakis'],
    roles: [{ country: 'TUR', sector: 'GOV', title: 'Foreign Minister', from: '2002-11-18', to: '2003-03-14' }],
  },
  {
    names: ['Ali Babacan'],
    roles: [{ country: 'TUR', sector: 'GOV', title: 'Foreign Minister', from: '2007-08-29', to: '2009-05-01' }],
  },
  {
    names: ['Mevlüt Çavuşoğlu', 'Mevlut Cavusoglu'],
    roles: [
      { country: 'TUR', sector: 'GOV', title: 'Foreign Minister', from: '2014-08-29', to: '2015-08-28' },
      { country: 'TUR', sector: 'GOV', title: 'Foreign Minister', from: '2015-11-24', to: '2023-06-04' },
    ],
  },
  {
    names: ['Feridun Sinirlioğlu', 'Feridun Sinirlioglu'],
    roles: [{ country: 'TUR', sector: 'GOV', title: 'Foreign Minister', from: '2015-08-28', to: '2015-11-24' }],
  },
  {
    names: ['Hakan Fidan'],
    roles: [
      { country: 'TUR', sector: 'GOV', title: 'Foreign Minister', from: '2023-06-04' },
      { country: 'TUR', sector: 'SPY', title: 'Intelligence Chief', from: '2010-05-27', to: '2023-06-04' },
    ],
  },
  {
    names: ['İbrahim Kalın', 'Ibrahim Kalin'],
    roles: [
      { country: 'TUR', sector: 'SPY', title: 'Intelligence Chief', from: '2023-06-05' },
      { country: 'TUR', sector: 'GOV', title: 'Presidential Spokesman', from: '2014-12-01', to: '2023-06-05' },
    ],
  },
  {
    names: ['Hulusi Akar'],
    roles: [
      { country: 'TUR', sector: 'GOV', title: 'Defense Minister', from: '2018-07-10', to: '2023-06-04' },
      { country: 'TUR', sector: 'MIL', title: 'Chief of the General Staff', from: '2015-08-18', to: '2018-07-10' },
    ],
  },
  {
    names: ['Fethullah Gülen', 'Fethullah Gulen', 'Gulen', 'Gülen'],
    roles: [{ country: 'TUR', sector: 'OPP', title: 'Leader of the Gulen movement', to: '2024-10-20' }],
  },
  {
    names: ['Abdullah Öcalan', 'Abdullah Ocalan', 'Ocalan', 'Öcalan'],
    roles: [{ country: 'TUR', sector: 'SEP', title: 'PKK leader' }],
  },
  // ---- Russia ----
  {
    names: ['Vladimir Putin', 'Vladimir Vladimirovich Putin', 'President Putin'],
    roles: [
      { country: 'RUS', sector: 'GOV', title: 'President', from: '2000-05-07', to: '2008-05-07' },
      { country: 'RUS', sector: 'GOV', title: 'Acting President', from: '1999-12-31', to: '2000-05-07' },
      { country: 'RUS', sector: 'GOV', title: 'Prime Minister', from: '2008-05-08', to: '2012-05-07' },
      { country: 'RUS', sector: 'GOV', title: 'President', from: '2012-05-07' },
    ],
  },
  {
    names: ['Dmitry Medvedev', 'Dmitri Medvedev', 'Dmitriy Medvedev'],
    roles: [
      { country: 'RUS', sector: 'GOV', title: 'President', from: '2008-05-07', to: '2012-05-07' },
      { country: 'RUS', sector: 'GOV', title: 'Prime Minister', from: '2012-05-08', to: '2020-01-16' },
      { country: 'RUS', sector: 'GOV', title: 'Deputy Chairman of the Security Council', from: '2020-01-16' },
    ],
  },
  {
    names: ['Mikhail Kasyanov'],
    roles: [{ country: 'RUS', sector: 'GOV', title: 'Prime Minister', from: '2000-05-17', to: '2004-02-24' }],
  },
  {
    names: ['Mikhail Fradkov'],
    roles: [
      { country: 'RUS', sector: 'GOV', title: 'Prime Minister', from: '2004-03-05', to: '2007-09-14' },
      {
        country: 'RUS',
        sector: 'SPY',
        title: 'Director of the Foreign Intelligence Service',
        from: '2007-10-06',
        to: '2016-10-05',
      },
    ],
  },
  {
    names: ['Viktor Zubkov'],
    roles: [{ country: 'RUS', sector: 'GOV', title: 'Prime Minister', from: '2007-09-14', to: '2008-05-07' }],
  },
  {
    names: ['Mikhail Mishustin'],
    roles: [{ country: 'RUS', sector: 'GOV', title: 'Prime Minister', from: '2020-01-16' }],
  },
  {
    names: ['Igor Ivanov'],
    roles: [
      { country: 'RUS', sector: 'GOV', title: 'Foreign Minister', to: '2004-03-09' },
      {
        country: 'RUS',
        sector: 'GOV',
        title: 'Secretary of the Security Council',
        from: '2004-03-09',
        to: '2007-07-18',
      },
    ],
  },
  {
    names: ['Sergey Lavrov', 'Sergei Lavrov', 'Sergei Viktorovich Lavrov'],
    roles: [
      { country: 'RUS', sector: 'GOV', title: 'Foreign Minister', from: '2004-03-09' },
      { country: 'RUS', sector: 'GOV', title: 'Ambassador to the United Nations', to: '2004-03-09' },
    ],
  },
  {
    names: ['Sergei Ivanov', 'Sergey Ivanov'],
    roles: [
      { country: 'RUS', sector: 'GOV', title: 'Defense Minister', from: '2001-03-28', to: '2007-02-15' },
      { country: 'RUS', sector: 'GOV', title: 'Kremlin Chief of Staff', from: '2011-12-22', to: '2016-08-12' },
    ],
  },
  {
    names: ['Anatoly Serdyukov'],
    roles: [{ country: 'RUS', sector: 'GOV', title: 'Defense Minister', from: '2007-02-15', to: '2012-11-06' }],
  },
  {
    names: ['Sergei Shoigu', 'Sergey Shoigu'],
    roles: [
      { country: 'RUS', sector: 'GOV', title: 'Defense Minister', from: '2012-11-06', to: '2024-05-12' },
      { country: 'RUS', sector: 'GOV', title: 'Secretary of the Security Council', from: '2024-05-12' },
    ],
  },
  {
    names: ['Andrei Belousov', 'Andrey Belousov'],
    roles: [{ country: 'RUS', sector: 'GOV', title: 'Defense Minister', from: '2024-05-14' }],
  },
  {
    names: ['Nikolai Patrushev', 'Nikolay Patrushev'],
    roles: [
      { country: 'RUS', sector: 'SPY', title: 'FSB Director', to: '2008-05-12' },
      {
        country: 'RUS',
        sector: 'GOV',
        title: 'Secretary of the Security Council',
        from: '2008-05-12',
        to: '2024-05-12',
      },
    ],
  },
  {
    names: ['Alexander Bortnikov'],
    roles: [{ country: 'RUS', sector: 'SPY', title: 'FSB Director', from: '2008-05-12' }],
  },
  {
    names: ['Sergei Naryshkin', 'Sergey Naryshkin'],
    roles: [
      { country: 'RUS', sector: 'SPY', title: 'Director of the Foreign Intelligence Service', from: '2016-10-05' },
      { country: 'RUS', sector: 'LEG', title: 'Chairman of the State Duma', from: '2011-12-21', to: '2016-10-05' },
    ],
  },
  {
    names: ['Valery Gerasimov'],
    roles: [{ country: 'RUS', sector: 'MIL', title: 'Chief of the General Staff', from: '2012-11-09' }],
  },
  {
    names: ['Dmitry Peskov', 'Dmitri Peskov'],
    roles: [{ country: 'RUS', sector: 'GOV', title: 'Kremlin Spokesman', from: '2012-05-22' }],
  },
  {
    names: ['Maria Zakharova'],
    roles: [{ country: 'RUS', sector: 'GOV', title: 'Foreign Ministry Spokeswoman', from: '2015-08-10' }],
  },
  {
    names: ['Vitaly Churkin'],
    roles: [
      {
        country: 'RUS',
        sector: 'GOV',
        title: 'Ambassador to the United Nations',
        from: '2006-04-08',
        to: '2017-02-20',
      },
    ],
  },
  {
    names: ['Vasily Nebenzya', 'Vassily Nebenzia'],
    roles: [{ country: 'RUS', sector: 'GOV', title: 'Ambassador to the United Nations', from: '2017-07-27' }],
  },
  {
    names: ['Yevgeny Prigozhin', 'Yevgeniy Prigozhin'],
    roles: [{ country: 'RUS', sector: 'UAF', title: 'Wagner Group founder', from: '2014-05-01', to: '2023-08-23' }],
  },
  {
    names: ['Ramzan Kadyrov'],
    roles: [{ country: 'RUS', sector: 'GOV', title: 'Head of the Chechen Republic', from: '2007-02-15' }],
  },
  {
    names: ['Alexei Navalny', 'Alexey Navalny', 'Navalny'],
    roles: [{ country: 'RUS', sector: 'OPP', title: 'Opposition leader', to: '2024-02-16' }],
  },
  // ---- China ----
  {
    names: ['Jiang Zemin'],
    roles: [
      { country: 'CHN', sector: 'GOV', title: 'President', to: '2003-03-15' },
      { country: 'CHN', sector: 'MIL', title: 'Chairman of the Central Military Commission', to: '2004-09-19' },
    ],
  },
  {
    names: ['Hu Jintao', 'Hu'],
    roles: [
      { country: 'CHN', sector: 'GOV', title: 'President', from: '2003-03-15', to: '2013-03-14' },
      { country: 'CHN', sector: 'GOV', title: 'Vice President', to: '2003-03-15' },
    ],
  },
  {
    names: ['Xi Jinping', 'Xi Jin-ping', 'Xi', 'President Xi'],
    roles: [
      { country: 'CHN', sector: 'GOV', title: 'President', from: '2013-03-14' },
      { country: 'CHN', sector: 'GOV', title: 'General Secretary of the Communist Party', from: '2012-11-15' },
      { country: 'CHN', sector: 'GOV', title: 'Vice President', from: '2008-03-15', to: '2013-03-14' },
    ],
  },
  { names: ['Zhu Rongji'], roles: [{ country: 'CHN', sector: 'GOV', title: 'Premier', to: '2003-03-16' }] },
  {
    names: ['Wen Jiabao', 'Wen'],
    roles: [{ country: 'CHN', sector: 'GOV', title: 'Premier', from: '2003-03-16', to: '2013-03-15' }],
  },
  {
    names: ['Li Keqiang'],
    roles: [{ country: 'CHN', sector: 'GOV', title: 'Premier', from: '2013-03-15', to: '2023-03-11' }],
  },
  { names: ['Li Qiang'], roles: [{ country: 'CHN', sector: 'GOV', title: 'Premier', from: '2023-03-11' }] },
  {
    names: ['Tang Jiaxuan'],
    roles: [
      { country: 'CHN', sector: 'GOV', title: 'Foreign Minister', to: '2003-03-17' },
      { country: 'CHN', sector: 'GOV', title: 'State Councilor', from: '2003-03-17', to: '2008-03-17' },
    ],
  },
  {
    names: ['Li Zhaoxing'],
    roles: [{ country: 'CHN', sector: 'GOV', title: 'Foreign Minister', from: '2003-03-17', to: '2007-04-27' }],
  },
  {
    names: ['Yang Jiechi'],
    roles: [
      { country: 'CHN', sector: 'GOV', title: 'Foreign Minister', from: '2007-04-27', to: '2013-03-16' },
      {
        country: 'CHN',
        sector: 'GOV',
        title: 'Director of the Office of the Central Foreign Affairs Commission',
        from: '2013-03-16',
        to: '2022-12-31',
      },
    ],
  },
  {
    names: ['Wang Yi'],
    roles: [
      { country: 'CHN', sector: 'GOV', title: 'Foreign Minister', from: '2013-03-16', to: '2022-12-30' },
      { country: 'CHN', sector: 'GOV', title: 'Foreign Minister', from: '2023-07-25' },
      {
        country: 'CHN',
        sector: 'GOV',
        title: 'Director of the Office of the Central Foreign Affairs Commission',
        from: '2023-01-01',
      },
    ],
  },
  {
    names: ['Qin Gang'],
    roles: [
      { country: 'CHN', sector: 'GOV', title: 'Foreign Minister', from: '2022-12-30', to: '2023-07-25' },
      { country: 'CHN', sector: 'GOV', title: 'Ambassador to the United States', from: '2021-07-28', to: '2022-12-30' },
    ],
  },
  {
    names: ['Geng Shuang'],
    roles: [
      { country: 'CHN', sector: 'GOV', title: 'Foreign Ministry Spokesman', from: '2015-09-01', to: '2020-07-01' },
    ],
  },
  {
    names: ['Hua Chunying'],
    roles: [
      { country: 'CHN', sector: 'GOV', title: 'Foreign Ministry Spokeswoman', from: '2012-11-01', to: '2024-08-01' },
    ],
  },
  {
    names: ['Zhao Lijian'],
    roles: [
      { country: 'CHN', sector: 'GOV', title: 'Foreign Ministry Spokesman', from: '2020-02-24', to: '2023-01-09' },
    ],
  },
  {
    names: ['Wang Wenbin'],
    roles: [
      { country: 'CHN', sector: 'GOV', title: 'Foreign Ministry Spokesman', from: '2020-07-20', to: '2024-07-01' },
    ],
  },
  {
    names: ['Mao Ning'],
    roles: [{ country: 'CHN', sector: 'GOV', title: 'Foreign Ministry Spokeswoman', from: '2022-09-01' }],
  },
  {
    names: ['Lin Jian'],
    roles: [{ country: 'CHN', sector: 'GOV', title: 'Foreign Ministry Spokesman', from: '2024-01-01' }],
  },
  {
    names: ['Wei Fenghe'],
    roles: [{ country: 'CHN', sector: 'GOV', title: 'Defense Minister', from: '2018-03-19', to: '2023-03-12' }],
  },
  { names: ['Dong Jun'], roles: [{ country: 'CHN', sector: 'GOV', title: 'Defense Minister', from: '2023-12-29' }] },
  {
    names: ['Carrie Lam', 'Carrie Lam Cheng Yuet-ngor'],
    roles: [{ country: 'HKG', sector: 'GOV', title: 'Chief Executive', from: '2017-07-01', to: '2022-06-30' }],
  },
  {
    names: ['John Lee', 'John Lee Ka-chiu'],
    roles: [{ country: 'HKG', sector: 'GOV', title: 'Chief Executive', from: '2022-07-01' }],
  },
  {
    names: ['Tsai Ing-wen'],
    roles: [{ country: 'TWN', sector: 'GOV', title: 'President', from: '2016-05-20', to: '2024-05-20' }],
  },
  {
    names: ['Lai Ching-te', 'William Lai'],
    roles: [
      { country: 'TWN', sector: 'GOV', title: 'President', from: '2024-05-20' },
      { country: 'TWN', sector: 'GOV', title: 'Vice President', from: '2020-05-20', to: '2024-05-20' },
    ],
  },
  {
    names: ['Ma Ying-jeou'],
    roles: [{ country: 'TWN', sector: 'GOV', title: 'President', from: '2008-05-20', to: '2016-05-20' }],
  },
  {
    names: ['Chen Shui-bian'],
    roles: [{ country: 'TWN', sector: 'GOV', title: 'President', from: '2000-05-20', to: '2008-05-20' }],
  },
  // ---- Japan ----
  {
    names: ['Keizo Obuchi', 'Keizō Obuchi'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Prime Minister', to: '2000-04-05' }],
  },
  {
    names: ['Yoshiro Mori', 'Yoshirō Mori'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2000-04-05', to: '2001-04-26' }],
  },
  {
    names: ['Junichiro Koizumi', "Jun'ichirō Koizumi"],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2001-04-26', to: '2006-09-26' }],
  },
  {
    names: ['Shinzo Abe', 'Shinzō Abe'],
    roles: [
      { country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2006-09-26', to: '2007-09-26' },
      { country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2012-12-26', to: '2020-09-16' },
    ],
  },
  {
    names: ['Yasuo Fukuda'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2007-09-26', to: '2008-09-24' }],
  },
  {
    names: ['Taro Aso', 'Tarō Asō'],
    roles: [
      { country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2008-09-24', to: '2009-09-16' },
      { country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2005-10-31', to: '2007-08-27' },
      { country: 'JPN', sector: 'GOV', title: 'Deputy Prime Minister', from: '2012-12-26', to: '2021-10-04' },
    ],
  },
  {
    names: ['Yukio Hatoyama'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2009-09-16', to: '2010-06-08' }],
  },
  {
    names: ['Naoto Kan'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2010-06-08', to: '2011-09-02' }],
  },
  {
    names: ['Yoshihiko Noda'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2011-09-02', to: '2012-12-26' }],
  },
  {
    names: ['Yoshihide Suga'],
    roles: [
      { country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2020-09-16', to: '2021-10-04' },
      { country: 'JPN', sector: 'GOV', title: 'Chief Cabinet Secretary', from: '2012-12-26', to: '2020-09-16' },
    ],
  },
  {
    names: ['Fumio Kishida'],
    roles: [
      { country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2021-10-04', to: '2024-10-01' },
      { country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2012-12-26', to: '2017-08-03' },
    ],
  },
  {
    names: ['Shigeru Ishiba'],
    roles: [
      { country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2024-10-01', to: '2025-10-21' },
      { country: 'JPN', sector: 'GOV', title: 'Defense Minister', from: '2007-09-26', to: '2008-08-02' },
    ],
  },
  {
    names: ['Sanae Takaichi'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Prime Minister', from: '2025-10-21' }],
  },
  {
    names: ['Yohei Kono', 'Yōhei Kōno'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Foreign Minister', to: '2001-04-26' }],
  },
  {
    names: ['Makiko Tanaka'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2001-04-26', to: '2002-01-30' }],
  },
  {
    names: ['Yoriko Kawaguchi'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2002-02-01', to: '2004-09-27' }],
  },
  {
    names: ['Nobutaka Machimura'],
    roles: [
      { country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2004-09-27', to: '2005-10-31' },
      { country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2007-08-27', to: '2007-09-26' },
    ],
  },
  {
    names: ['Masahiko Komura', 'Masahiko Kōmura'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2007-09-26', to: '2008-09-24' }],
  },
  {
    names: ['Hirofumi Nakasone'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2008-09-24', to: '2009-09-16' }],
  },
  {
    names: ['Katsuya Okada'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2009-09-16', to: '2010-09-17' }],
  },
  {
    names: ['Seiji Maehara'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2010-09-17', to: '2011-03-07' }],
  },
  {
    names: ['Takeaki Matsumoto'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2011-03-09', to: '2011-09-02' }],
  },
  {
    names: ['Koichiro Gemba', 'Kōichirō Genba', 'Koichiro Genba'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2011-09-02', to: '2012-12-26' }],
  },
  {
    names: ['Taro Kono', 'Tarō Kōno'],
    roles: [
      { country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2017-08-03', to: '2019-09-11' },
      { country: 'JPN', sector: 'GOV', title: 'Defense Minister', from: '2019-09-11', to: '2020-09-16' },
    ],
  },
  {
    names: ['Toshimitsu Motegi'],
    roles: [
      { country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2019-09-11', to: '2021-11-10' },
      { country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2025-10-21' },
    ],
  },
  {
    names: ['Yoshimasa Hayashi'],
    roles: [
      { country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2021-11-10', to: '2023-09-13' },
      { country: 'JPN', sector: 'GOV', title: 'Chief Cabinet Secretary', from: '2023-12-14', to: '2025-10-21' },
    ],
  },
  {
    names: ['Yoko Kamikawa', 'Yōko Kamikawa'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2023-09-13', to: '2024-10-01' }],
  },
  {
    names: ['Takeshi Iwaya'],
    roles: [
      { country: 'JPN', sector: 'GOV', title: 'Foreign Minister', from: '2024-10-01', to: '2025-10-21' },
      { country: 'JPN', sector: 'GOV', title: 'Defense Minister', from: '2018-10-02', to: '2019-09-11' },
    ],
  },
  {
    names: ['Emperor Akihito', 'Akihito'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Emperor', to: '2019-04-30' }],
  },
  {
    names: ['Emperor Naruhito', 'Naruhito'],
    roles: [{ country: 'JPN', sector: 'GOV', title: 'Emperor', from: '2019-05-01' }],
  },
  // ---- Korea ----
  {
    names: ['Kim Dae-jung', 'Kim Dae Jung'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'President', to: '2003-02-25' }],
  },
  {
    names: ['Roh Moo-hyun', 'Roh Moo Hyun', 'Roh'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'President', from: '2003-02-25', to: '2008-02-25' }],
  },
  {
    names: ['Lee Myung-bak', 'Lee Myung Bak'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'President', from: '2008-02-25', to: '2013-02-25' }],
  },
  {
    names: ['Park Geun-hye', 'Park Geun Hye'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'President', from: '2013-02-25', to: '2017-03-10' }],
  },
  {
    names: ['Hwang Kyo-ahn'],
    roles: [
      { country: 'KOR', sector: 'GOV', title: 'Acting President', from: '2016-12-09', to: '2017-05-10' },
      { country: 'KOR', sector: 'GOV', title: 'Prime Minister', from: '2015-06-18', to: '2017-05-11' },
    ],
  },
  {
    names: ['Moon Jae-in', 'Moon Jae In', 'Moon'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'President', from: '2017-05-10', to: '2022-05-10' }],
  },
  {
    names: ['Yoon Suk Yeol', 'Yoon Suk-yeol', 'Yoon'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'President', from: '2022-05-10', to: '2025-04-04' }],
  },
  {
    names: ['Lee Jae-myung', 'Lee Jae Myung'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'President', from: '2025-06-04' }],
  },
  {
    names: ['Han Duck-soo', 'Han Duck Soo'],
    roles: [
      { country: 'KOR', sector: 'GOV', title: 'Prime Minister', from: '2007-04-02', to: '2008-02-29' },
      { country: 'KOR', sector: 'GOV', title: 'Prime Minister', from: '2022-05-21', to: '2025-05-01' },
      { country: 'KOR', sector: 'GOV', title: 'Acting President', from: '2024-12-14', to: '2024-12-27' },
      { country: 'KOR', sector: 'GOV', title: 'Acting President', from: '2025-03-24', to: '2025-05-01' },
    ],
  },
  {
    names: ['Choi Sang-mok'],
    roles: [
      { country: 'KOR', sector: 'GOV', title: 'Acting President', from: '2024-12-27', to: '2025-03-24' },
      { country: 'KOR', sector: 'GOV', title: 'Finance Minister', from: '2023-12-29', to: '2025-05-02' },
    ],
  },
  { names: ['Kim Min-seok'], roles: [{ country: 'KOR', sector: 'GOV', title: 'Prime Minister', from: '2025-07-03' }] },
  {
    names: ['Lee Nak-yon', 'Lee Nak-yeon'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'Prime Minister', from: '2017-05-31', to: '2020-01-14' }],
  },
  {
    names: ['Chung Sye-kyun'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'Prime Minister', from: '2020-01-14', to: '2021-04-16' }],
  },
  {
    names: ['Kim Boo-kyum'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'Prime Minister', from: '2021-05-14', to: '2022-05-11' }],
  },
  {
    names: ['Yoon Young-kwan'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'Foreign Minister', from: '2003-02-27', to: '2004-01-16' }],
  },
  {
    names: ['Song Min-soon'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'Foreign Minister', from: '2006-12-01', to: '2008-02-29' }],
  },
  {
    names: ['Yu Myung-hwan'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'Foreign Minister', from: '2008-02-29', to: '2010-09-04' }],
  },
  {
    names: ['Kim Sung-hwan'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'Foreign Minister', from: '2010-10-08', to: '2013-03-11' }],
  },
  {
    names: ['Yun Byung-se'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'Foreign Minister', from: '2013-03-11', to: '2017-06-18' }],
  },
  {
    names: ['Kang Kyung-wha'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'Foreign Minister', from: '2017-06-18', to: '2021-02-08' }],
  },
  {
    names: ['Chung Eui-yong'],
    roles: [
      { country: 'KOR', sector: 'GOV', title: 'Foreign Minister', from: '2021-02-09', to: '2022-05-11' },
      { country: 'KOR', sector: 'GOV', title: 'National Security Adviser', from: '2017-05-21', to: '2020-07-03' },
    ],
  },
  {
    names: ['Park Jin'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'Foreign Minister', from: '2022-05-12', to: '2024-01-10' }],
  },
  {
    names: ['Cho Tae-yul'],
    roles: [{ country: 'KOR', sector: 'GOV', title: 'Foreign Minister', from: '2024-01-12', to: '2025-07-21' }],
  },
  { names: ['Cho Hyun'], roles: [{ country: 'KOR', sector: 'GOV', title: 'Foreign Minister', from: '2025-07-21' }] },
  {
    names: ['Kim Jong Il', 'Kim Jong-il', 'Kim Jong-Il'],
    roles: [{ country: 'PRK', sector: 'GOV', title: 'Supreme Leader', to: '2011-12-17' }],
  },
  {
    names: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un', 'Kim Jung Un'],
    roles: [{ country: 'PRK', sector: 'GOV', title: 'Supreme Leader', from: '2011-12-17' }],
  },
  {
    names: ['Kim Yong-nam', 'Kim Yong Nam'],
    roles: [
      {
        country: 'PRK',
        sector: 'GOV',
        title: "President of the Presidium of the Supreme People's Assembly",
        to: '2019-04-11',
      },
    ],
  },
  {
    names: ['Kim Yo Jong', 'Kim Yo-jong'],
    roles: [
      {
        country: 'PRK',
        sector: 'GOV',
        title: "Vice Department Director of the Workers' Party Central Committee",
        from: '2014-01-01',
      },
    ],
  },
  { names: ['Paek Nam-sun'], roles: [{ country: 'PRK', sector: 'GOV', title: 'Foreign Minister', to: '2007-01-02' }] },
  {
    names: ['Pak Ui-chun'],
    roles: [{ country: 'PRK', sector: 'GOV', title: 'Foreign Minister', from: '2007-05-18', to: '2014-04-09' }],
  },
  {
    names: ['Ri Su-yong', 'Ri Su Yong'],
    roles: [{ country: 'PRK', sector: 'GOV', title: 'Foreign Minister', from: '2014-04-09', to: '2016-05-09' }],
  },
  {
    names: ['Ri Yong-ho', 'Ri Yong Ho'],
    roles: [{ country: 'PRK', sector: 'GOV', title: 'Foreign Minister', from: '2016-05-09', to: '2020-01-18' }],
  },
  {
    names: ['Ri Son-gwon', 'Ri Son Gwon'],
    roles: [{ country: 'PRK', sector: 'GOV', title: 'Foreign Minister', from: '2020-01-18', to: '2022-06-11' }],
  },
  {
    names: ['Choe Son-hui', 'Choe Son Hui'],
    roles: [{ country: 'PRK', sector: 'GOV', title: 'Foreign Minister', from: '2022-06-11' }],
  },
  // ---- India ----
  {
    names: ['K. R. Narayanan', 'K.R. Narayanan'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'President', to: '2002-07-25' }],
  },
  {
    names: ['A. P. J. Abdul Kalam', 'APJ Abdul Kalam', 'Abdul Kalam'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'President', from: '2002-07-25', to: '2007-07-25' }],
  },
  {
    names: ['Pratibha Patil'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'President', from: '2007-07-25', to: '2012-07-25' }],
  },
  {
    names: ['Pranab Mukherjee'],
    roles: [
      { country: 'IND', sector: 'GOV', title: 'President', from: '2012-07-25', to: '2017-07-25' },
      { country: 'IND', sector: 'GOV', title: 'Foreign Minister', from: '2006-10-24', to: '2009-05-22' },
      { country: 'IND', sector: 'GOV', title: 'Defence Minister', from: '2004-05-22', to: '2006-10-24' },
      { country: 'IND', sector: 'GOV', title: 'Finance Minister', from: '2009-01-24', to: '2012-06-26' },
    ],
  },
  {
    names: ['Ram Nath Kovind'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'President', from: '2017-07-25', to: '2022-07-25' }],
  },
  { names: ['Droupadi Murmu'], roles: [{ country: 'IND', sector: 'GOV', title: 'President', from: '2022-07-25' }] },
  {
    names: ['Atal Bihari Vajpayee'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'Prime Minister', to: '2004-05-22' }],
  },
  {
    names: ['Manmohan Singh'],
    roles: [
      { country: 'IND', sector: 'GOV', title: 'Prime Minister', from: '2004-05-22', to: '2014-05-26' },
      { country: 'IND', sector: 'GOV', title: 'Foreign Minister', from: '2005-12-06', to: '2006-10-24' },
    ],
  },
  {
    names: ['Narendra Modi', 'Modi', 'Narendra Damodardas Modi'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'Prime Minister', from: '2014-05-26' }],
  },
  { names: ['Jaswant Singh'], roles: [{ country: 'IND', sector: 'GOV', title: 'Foreign Minister', to: '2002-07-01' }] },
  {
    names: ['Yashwant Sinha'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'Foreign Minister', from: '2002-07-01', to: '2004-05-22' }],
  },
  {
    names: ['Natwar Singh', 'K. Natwar Singh'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'Foreign Minister', from: '2004-05-22', to: '2005-12-06' }],
  },
  {
    names: ['S. M. Krishna', 'S.M. Krishna'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'Foreign Minister', from: '2009-05-22', to: '2012-10-26' }],
  },
  {
    names: ['Salman Khurshid'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'Foreign Minister', from: '2012-10-28', to: '2014-05-26' }],
  },
  {
    names: ['Sushma Swaraj'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'Foreign Minister', from: '2014-05-26', to: '2019-05-30' }],
  },
  {
    names: ['Subrahmanyam Jaishankar', 'S. Jaishankar', 'S Jaishankar'],
    roles: [{ country: 'IND', sector: 'GOV', title: 'Foreign Minister', from: '2019-05-30' }],
  },
  {
    names: ['Rajnath Singh'],
    roles: [
      { country: 'IND', sector: 'GOV', title: 'Defence Minister', from: '2019-05-31' },
      { country: 'IND', sector: 'GOV', title: 'Home Minister', from: '2014-05-26', to: '2019-05-30' },
    ],
  },
  { names: ['Amit Shah'], roles: [{ country: 'IND', sector: 'GOV', title: 'Home Minister', from: '2019-05-30' }] },
  // ---- Indonesia ----
  {
    names: ['Abdurrahman Wahid', 'Gus Dur'],
    roles: [{ country: 'IDN', sector: 'GOV', title: 'President', to: '2001-07-23' }],
  },
  {
    names: ['Megawati Sukarnoputri', 'Megawati'],
    roles: [
      { country: 'IDN', sector: 'GOV', title: 'President', from: '2001-07-23', to: '2004-10-20' },
      { country: 'IDN', sector: 'GOV', title: 'Vice President', to: '2001-07-23' },
    ],
  },
  {
    names: ['Susilo Bambang Yudhoyono', 'Yudhoyono', 'SBY'],
    roles: [{ country: 'IDN', sector: 'GOV', title: 'President', from: '2004-10-20', to: '2014-10-20' }],
  },
  {
    names: ['Joko Widodo', 'Jokowi'],
    roles: [{ country: 'IDN', sector: 'GOV', title: 'President', from: '2014-10-20', to: '2024-10-20' }],
  },
  {
    names: ['Prabowo Subianto', 'Prabowo'],
    roles: [
      { country: 'IDN', sector: 'GOV', title: 'President', from: '2024-10-20' },
      { country: 'IDN', sector: 'GOV', title: 'Defence Minister', from: '2019-10-23', to: '2024-10-20' },
    ],
  },
  { names: ['Alwi Shihab'], roles: [{ country: 'IDN', sector: 'GOV', title: 'Foreign Minister', to: '2001-08-10' }] },
  {
    names: ['Hassan Wirajuda'],
    roles: [{ country: 'IDN', sector: 'GOV', title: 'Foreign Minister', from: '2001-08-10', to: '2009-10-22' }],
  },
  {
    names: ['Marty Natalegawa'],
    roles: [{ country: 'IDN', sector: 'GOV', title: 'Foreign Minister', from: '2009-10-22', to: '2014-10-27' }],
  },
  {
    names: ['Retno Marsudi', 'Retno L. P. Marsudi'],
    roles: [{ country: 'IDN', sector: 'GOV', title: 'Foreign Minister', from: '2014-10-27', to: '2024-10-20' }],
  },
  { names: ['Sugiono'], roles: [{ country: 'IDN', sector: 'GOV', title: 'Foreign Minister', from: '2024-10-21' }] },
  // ---- Canada ----
  {
    names: ['Jean Chrétien', 'Jean Chretien'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Prime Minister', to: '2003-12-12' }],
  },
  {
    names: ['Paul Martin'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Prime Minister', from: '2003-12-12', to: '2006-02-06' }],
  },
  {
    names: ['Stephen Harper'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Prime Minister', from: '2006-02-06', to: '2015-11-04' }],
  },
  {
    names: ['Justin Trudeau'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Prime Minister', from: '2015-11-04', to: '2025-03-14' }],
  },
  { names: ['Mark Carney'], roles: [{ country: 'CAN', sector: 'GOV', title: 'Prime Minister', from: '2025-03-14' }] },
  {
    names: ['Lloyd Axworthy'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', to: '2000-10-17' }],
  },
  {
    names: ['John Manley'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2000-10-17', to: '2002-01-16' }],
  },
  {
    names: ['Bill Graham'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2002-01-16', to: '2004-07-20' }],
  },
  {
    names: ['Pierre Pettigrew'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2004-07-20', to: '2006-02-06' }],
  },
  {
    names: ['Peter MacKay'],
    roles: [
      { country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2006-02-06', to: '2007-08-14' },
      { country: 'CAN', sector: 'GOV', title: 'Defence Minister', from: '2007-08-14', to: '2013-07-15' },
    ],
  },
  {
    names: ['Maxime Bernier'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2007-08-14', to: '2008-05-26' }],
  },
  {
    names: ['David Emerson'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2008-05-26', to: '2008-10-30' }],
  },
  {
    names: ['Lawrence Cannon'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2008-10-30', to: '2011-05-18' }],
  },
  {
    names: ['John Baird'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2011-05-18', to: '2015-02-03' }],
  },
  {
    names: ['Rob Nicholson'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2015-02-09', to: '2015-11-04' }],
  },
  {
    names: ['Stéphane Dion', 'Stephane Dion'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2015-11-04', to: '2017-01-10' }],
  },
  {
    names: ['Chrystia Freeland'],
    roles: [
      { country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2017-01-10', to: '2019-11-20' },
      { country: 'CAN', sector: 'GOV', title: 'Deputy Prime Minister', from: '2019-11-20', to: '2024-12-16' },
    ],
  },
  {
    names: ['François-Philippe Champagne', 'Francois-Philippe Champagne'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2019-11-20', to: '2021-01-12' }],
  },
  {
    names: ['Marc Garneau'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2021-01-12', to: '2021-10-26' }],
  },
  {
    names: ['Mélanie Joly', 'Melanie Joly'],
    roles: [{ country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2021-10-26', to: '2025-05-13' }],
  },
  {
    names: ['Anita Anand'],
    roles: [
      { country: 'CAN', sector: 'GOV', title: 'Foreign Minister', from: '2025-05-13' },
      { country: 'CAN', sector: 'GOV', title: 'Defence Minister', from: '2021-10-26', to: '2023-07-26' },
    ],
  },
  // ---- Australia ----
  { names: ['John Howard'], roles: [{ country: 'AUS', sector: 'GOV', title: 'Prime Minister', to: '2007-12-03' }] },
  {
    names: ['Kevin Rudd'],
    roles: [
      { country: 'AUS', sector: 'GOV', title: 'Prime Minister', from: '2007-12-03', to: '2010-06-24' },
      { country: 'AUS', sector: 'GOV', title: 'Prime Minister', from: '2013-06-27', to: '2013-09-18' },
      { country: 'AUS', sector: 'GOV', title: 'Foreign Minister', from: '2010-09-14', to: '2012-02-22' },
    ],
  },
  {
    names: ['Julia Gillard'],
    roles: [{ country: 'AUS', sector: 'GOV', title: 'Prime Minister', from: '2010-06-24', to: '2013-06-27' }],
  },
  {
    names: ['Tony Abbott'],
    roles: [{ country: 'AUS', sector: 'GOV', title: 'Prime Minister', from: '2013-09-18', to: '2015-09-15' }],
  },
  {
    names: ['Malcolm Turnbull'],
    roles: [{ country: 'AUS', sector: 'GOV', title: 'Prime Minister', from: '2015-09-15', to: '2018-08-24' }],
  },
  {
    names: ['Scott Morrison'],
    roles: [{ country: 'AUS', sector: 'GOV', title: 'Prime Minister', from: '2018-08-24', to: '2022-05-23' }],
  },
  {
    names: ['Anthony Albanese'],
    roles: [{ country: 'AUS', sector: 'GOV', title: 'Prime Minister', from: '2022-05-23' }],
  },
  {
    names: ['Alexander Downer'],
    roles: [{ country: 'AUS', sector: 'GOV', title: 'Foreign Minister', to: '2007-12-03' }],
  },
  {
    names: ['Stephen Smith'],
    roles: [
      { country: 'AUS', sector: 'GOV', title: 'Foreign Minister', from: '2007-12-03', to: '2010-09-14' },
      { country: 'AUS', sector: 'GOV', title: 'Defence Minister', from: '2010-09-14', to: '2013-09-18' },
    ],
  },
  {
    names: ['Bob Carr'],
    roles: [{ country: 'AUS', sector: 'GOV', title: 'Foreign Minister', from: '2012-03-13', to: '2013-09-18' }],
  },
  {
    names: ['Julie Bishop'],
    roles: [{ country: 'AUS', sector: 'GOV', title: 'Foreign Minister', from: '2013-09-18', to: '2018-08-28' }],
  },
  {
    names: ['Marise Payne'],
    roles: [{ country: 'AUS', sector: 'GOV', title: 'Foreign Minister', from: '2018-08-28', to: '2022-05-23' }],
  },
  { names: ['Penny Wong'], roles: [{ country: 'AUS', sector: 'GOV', title: 'Foreign Minister', from: '2022-05-23' }] },
  // ---- Brazil ----
  {
    names: ['Fernando Henrique Cardoso'],
    roles: [{ country: 'BRA', sector: 'GOV', title: 'President', to: '2003-01-01' }],
  },
  {
    names: ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula'],
    roles: [
      { country: 'BRA', sector: 'GOV', title: 'President', from: '2003-01-01', to: '2011-01-01' },
      { country: 'BRA', sector: 'GOV', title: 'President', from: '2023-01-01' },
    ],
  },
  {
    names: ['Dilma Rousseff', 'Dilma'],
    roles: [{ country: 'BRA', sector: 'GOV', title: 'President', from: '2011-01-01', to: '2016-08-31' }],
  },
  {
    names: ['Michel Temer'],
    roles: [
      { country: 'BRA', sector: 'GOV', title: 'President', from: '2016-08-31', to: '2019-01-01' },
      { country: 'BRA', sector: 'GOV', title: 'Acting President', from: '2016-05-12', to: '2016-08-31' },
      { country: 'BRA', sector: 'GOV', title: 'Vice President', from: '2011-01-01', to: '2016-05-12' },
    ],
  },
  {
    names: ['Jair Bolsonaro', 'Jair Messias Bolsonaro'],
    roles: [{ country: 'BRA', sector: 'GOV', title: 'President', from: '2019-01-01', to: '2023-01-01' }],
  },
  {
    names: ['Celso Lafer'],
    roles: [{ country: 'BRA', sector: 'GOV', title: 'Foreign Minister', from: '2001-01-29', to: '2003-01-01' }],
  },
  {
    names: ['Celso Amorim'],
    roles: [
      { country: 'BRA', sector: 'GOV', title: 'Foreign Minister', from: '2003-01-01', to: '2011-01-01' },
      { country: 'BRA', sector: 'GOV', title: 'Defence Minister', from: '2011-08-08', to: '2015-01-01' },
      { country: 'BRA', sector: 'GOV', title: 'Chief Adviser on Foreign Affairs', from: '2023-01-01' },
    ],
  },
  {
    names: ['Antonio Patriota', 'Antônio Patriota'],
    roles: [{ country: 'BRA', sector: 'GOV', title: 'Foreign Minister', from: '2011-01-01', to: '2013-08-26' }],
  },
  {
    names: ['Luiz Alberto Figueiredo'],
    roles: [{ country: 'BRA', sector: 'GOV', title: 'Foreign Minister', from: '2013-08-28', to: '2015-01-01' }],
  },
  {
    names: ['Mauro Vieira'],
    roles: [
      { country: 'BRA', sector: 'GOV', title: 'Foreign Minister', from: '2015-01-01', to: '2016-05-12' },
      { country: 'BRA', sector: 'GOV', title: 'Foreign Minister', from: '2023-01-01' },
    ],
  },
  {
    names: ['José Serra', 'Jose Serra'],
    roles: [{ country: 'BRA', sector: 'GOV', title: 'Foreign Minister', from: '2016-05-12', to: '2017-02-22' }],
  },
  {
    names: ['Aloysio Nunes'],
    roles: [{ country: 'BRA', sector: 'GOV', title: 'Foreign Minister', from: '2017-03-07', to: '2019-01-01' }],
  },
  {
    names: ['Ernesto Araújo', 'Ernesto Araujo'],
    roles: [{ country: 'BRA', sector: 'GOV', title: 'Foreign Minister', from: '2019-01-01', to: '2021-03-29' }],
  },
  {
    names: ['Carlos França', 'Carlos Franca'],
    roles: [{ country: 'BRA', sector: 'GOV', title: 'Foreign Minister', from: '2021-04-06', to: '2023-01-01' }],
  },
  // ---- Argentina ----
  {
    names: ['Fernando de la Rúa', 'Fernando de la Rua'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'President', to: '2001-12-21' }],
  },
  {
    names: ['Adolfo Rodríguez Saá', 'Adolfo Rodriguez Saa'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'President', from: '2001-12-23', to: '2001-12-30' }],
  },
  {
    names: ['Eduardo Duhalde'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'President', from: '2002-01-02', to: '2003-05-25' }],
  },
  {
    names: ['Néstor Kirchner', 'Nestor Kirchner'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'President', from: '2003-05-25', to: '2007-12-10' }],
  },
  {
    names: [
      'Cristina Fernández de Kirchner',
      'Cristina Fernandez de Kirchner',
      'Cristina Kirchner',
      'Cristina Fernández',
    ],
    roles: [
      { country: 'ARG', sector: 'GOV', title: 'President', from: '2007-12-10', to: '2015-12-10' },
      { country: 'ARG', sector: 'GOV', title: 'Vice President', from: '2019-12-10', to: '2023-12-10' },
    ],
  },
  {
    names: ['Mauricio Macri'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'President', from: '2015-12-10', to: '2019-12-10' }],
  },
  {
    names: ['Alberto Fernández', 'Alberto Fernandez'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'President', from: '2019-12-10', to: '2023-12-10' }],
  },
  { names: ['Javier Milei'], roles: [{ country: 'ARG', sector: 'GOV', title: 'President', from: '2023-12-10' }] },
  {
    names: ['Adalberto Rodríguez Giavarini', 'Adalberto Rodriguez Giavarini'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', to: '2001-12-21' }],
  },
  {
    names: ['Carlos Ruckauf'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', from: '2002-01-03', to: '2003-05-25' }],
  },
  {
    names: ['Rafael Bielsa'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', from: '2003-05-25', to: '2005-12-01' }],
  },
  {
    names: ['Jorge Taiana'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', from: '2005-12-01', to: '2010-06-18' }],
  },
  {
    names: ['Héctor Timerman', 'Hector Timerman'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', from: '2010-06-18', to: '2015-12-10' }],
  },
  {
    names: ['Susana Malcorra'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', from: '2015-12-10', to: '2017-06-12' }],
  },
  {
    names: ['Jorge Faurie'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', from: '2017-06-12', to: '2019-12-10' }],
  },
  {
    names: ['Felipe Solá', 'Felipe Sola'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', from: '2019-12-10', to: '2021-09-20' }],
  },
  {
    names: ['Santiago Cafiero'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', from: '2021-09-20', to: '2023-12-10' }],
  },
  {
    names: ['Diana Mondino'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', from: '2023-12-10', to: '2024-10-30' }],
  },
  {
    names: ['Gerardo Werthein'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', from: '2024-10-30', to: '2025-10-22' }],
  },
  {
    names: ['Pablo Quirno'],
    roles: [{ country: 'ARG', sector: 'GOV', title: 'Foreign Minister', from: '2025-10-22' }],
  },
  // ---- Mexico ----
  { names: ['Ernesto Zedillo'], roles: [{ country: 'MEX', sector: 'GOV', title: 'President', to: '2000-12-01' }] },
  {
    names: ['Vicente Fox'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'President', from: '2000-12-01', to: '2006-12-01' }],
  },
  {
    names: ['Felipe Calderón', 'Felipe Calderon'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'President', from: '2006-12-01', to: '2012-12-01' }],
  },
  {
    names: ['Enrique Peña Nieto', 'Enrique Pena Nieto', 'Peña Nieto', 'Pena Nieto'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'President', from: '2012-12-01', to: '2018-12-01' }],
  },
  {
    names: ['Andrés Manuel López Obrador', 'Andres Manuel Lopez Obrador', 'López Obrador', 'Lopez Obrador', 'AMLO'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'President', from: '2018-12-01', to: '2024-10-01' }],
  },
  {
    names: ['Claudia Sheinbaum', 'Claudia Sheinbaum Pardo'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'President', from: '2024-10-01' }],
  },
  { names: ['Rosario Green'], roles: [{ country: 'MEX', sector: 'GOV', title: 'Foreign Minister', to: '2000-12-01' }] },
  {
    names: ['Jorge Castañeda', 'Jorge Castaneda'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'Foreign Minister', from: '2000-12-01', to: '2003-01-10' }],
  },
  {
    names: ['Luis Ernesto Derbez'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'Foreign Minister', from: '2003-01-16', to: '2006-12-01' }],
  },
  {
    names: ['Patricia Espinosa'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'Foreign Minister', from: '2006-12-01', to: '2012-12-01' }],
  },
  {
    names: ['José Antonio Meade', 'Jose Antonio Meade'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'Foreign Minister', from: '2012-12-01', to: '2015-08-27' }],
  },
  {
    names: ['Claudia Ruiz Massieu'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'Foreign Minister', from: '2015-08-27', to: '2017-01-04' }],
  },
  {
    names: ['Luis Videgaray'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'Foreign Minister', from: '2017-01-04', to: '2018-12-01' }],
  },
  {
    names: ['Marcelo Ebrard'],
    roles: [
      { country: 'MEX', sector: 'GOV', title: 'Foreign Minister', from: '2018-12-01', to: '2023-06-12' },
      { country: 'MEX', sector: 'GOV', title: 'Economy Minister', from: '2024-10-01' },
    ],
  },
  {
    names: ['Alicia Bárcena', 'Alicia Barcena'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'Foreign Minister', from: '2023-07-03', to: '2024-10-01' }],
  },
  {
    names: ['Juan Ramón de la Fuente', 'Juan Ramon de la Fuente'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'Foreign Minister', from: '2024-10-01', to: '2025-06-30' }],
  },
  {
    names: ['Roberto Velasco'],
    roles: [{ country: 'MEX', sector: 'GOV', title: 'Foreign Minister', from: '2025-06-30' }],
  },
  // ---- South Africa ----
  { names: ['Thabo Mbeki'], roles: [{ country: 'ZAF', sector: 'GOV', title: 'President', to: '2008-09-24' }] },
  {
    names: ['Kgalema Motlanthe'],
    roles: [{ country: 'ZAF', sector: 'GOV', title: 'President', from: '2008-09-25', to: '2009-05-09' }],
  },
  {
    names: ['Jacob Zuma'],
    roles: [{ country: 'ZAF', sector: 'GOV', title: 'President', from: '2009-05-09', to: '2018-02-14' }],
  },
  { names: ['Cyril Ramaphosa'], roles: [{ country: 'ZAF', sector: 'GOV', title: 'President', from: '2018-02-15' }] },
  {
    names: ['Maite Nkoana-Mashabane'],
    roles: [{ country: 'ZAF', sector: 'GOV', title: 'Foreign Minister', from: '2009-05-10', to: '2018-02-27' }],
  },
  {
    names: ['Lindiwe Sisulu'],
    roles: [{ country: 'ZAF', sector: 'GOV', title: 'Foreign Minister', from: '2018-02-27', to: '2019-05-30' }],
  },
  {
    names: ['Naledi Pandor'],
    roles: [{ country: 'ZAF', sector: 'GOV', title: 'Foreign Minister', from: '2019-05-30', to: '2024-06-30' }],
  },
  {
    names: ['Ronald Lamola'],
    roles: [{ country: 'ZAF', sector: 'GOV', title: 'Foreign Minister', from: '2024-07-03' }],
  },
  {
    names: ['Nelson Mandela'],
    roles: [{ country: 'ZAF', sector: 'ELI', title: 'Former President', to: '2013-12-05' }],
  },
  // ---- Ukraine ----
  { names: ['Leonid Kuchma'], roles: [{ country: 'UKR', sector: 'GOV', title: 'President', to: '2005-01-23' }] },
  {
    names: ['Viktor Yushchenko'],
    roles: [{ country: 'UKR', sector: 'GOV', title: 'President', from: '2005-01-23', to: '2010-02-25' }],
  },
  {
    names: ['Viktor Yanukovych', 'Viktor Yanukovich'],
    roles: [
      { country: 'UKR', sector: 'GOV', title: 'President', from: '2010-02-25', to: '2014-02-22' },
      { country: 'UKR', sector: 'GOV', title: 'Prime Minister', from: '2006-08-04', to: '2007-12-18' },
    ],
  },
  {
    names: ['Petro Poroshenko'],
    roles: [{ country: 'UKR', sector: 'GOV', title: 'President', from: '2014-06-07', to: '2019-05-20' }],
  },
  {
    names: ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Zelenskyy', 'Zelensky', 'Zelenskiy'],
    roles: [{ country: 'UKR', sector: 'GOV', title: 'President', from: '2019-05-20' }],
  },
  {
    names: ['Yulia Tymoshenko'],
    roles: [
      { country: 'UKR', sector: 'GOV', title: 'Prime Minister', from: '2005-01-24', to: '2005-09-08' },
      { country: 'UKR', sector: 'GOV', title: 'Prime Minister', from: '2007-12-18', to: '2010-03-04' },
    ],
  },
  {
    names: ['Arseniy Yatsenyuk'],
    roles: [{ country: 'UKR', sector: 'GOV', title: 'Prime Minister', from: '2014-02-27', to: '2016-04-14' }],
  },
  {
    names: ['Denys Shmyhal'],
    roles: [
      { country: 'UKR', sector: 'GOV', title: 'Prime Minister', from: '2020-03-04', to: '2025-07-17' },
      { country: 'UKR', sector: 'GOV', title: 'Defence Minister', from: '2025-07-17' },
    ],
  },
  {
    names: ['Yulia Svyrydenko'],
    roles: [{ country: 'UKR', sector: 'GOV', title: 'Prime Minister', from: '2025-07-17' }],
  },
  {
    names: ['Pavlo Klimkin'],
    roles: [{ country: 'UKR', sector: 'GOV', title: 'Foreign Minister', from: '2014-06-19', to: '2019-08-29' }],
  },
  {
    names: ['Vadym Prystaiko'],
    roles: [{ country: 'UKR', sector: 'GOV', title: 'Foreign Minister', from: '2019-08-29', to: '2020-03-04' }],
  },
  {
    names: ['Dmytro Kuleba'],
    roles: [{ country: 'UKR', sector: 'GOV', title: 'Foreign Minister', from: '2020-03-04', to: '2024-09-05' }],
  },
  {
    names: ['Andrii Sybiha', 'Andriy Sybiha'],
    roles: [{ country: 'UKR', sector: 'GOV', title: 'Foreign Minister', from: '2024-09-05' }],
  },
  {
    names: ['Andriy Yermak', 'Andrii Yermak'],
    roles: [
      { country: 'UKR', sector: 'GOV', title: 'Head of the Presidential Office', from: '2020-02-11', to: '2025-11-28' },
    ],
  },
  {
    names: ['Rustem Umerov'],
    roles: [
      { country: 'UKR', sector: 'GOV', title: 'Defence Minister', from: '2023-09-06', to: '2025-07-17' },
      {
        country: 'UKR',
        sector: 'GOV',
        title: 'Secretary of the National Security and Defence Council',
        from: '2025-07-17',
      },
    ],
  },
  // ---- Pakistan and Afghanistan ----
  {
    names: ['Pervez Musharraf', 'General Musharraf', 'Musharraf'],
    roles: [
      { country: 'PAK', sector: 'GOV', title: 'President', from: '2001-06-20', to: '2008-08-18' },
      { country: 'PAK', sector: 'MIL', title: 'Chief Executive', to: '2002-11-23' },
      { country: 'PAK', sector: 'MIL', title: 'Army Chief', to: '2007-11-28' },
    ],
  },
  {
    names: ['Asif Ali Zardari', 'Asif Zardari', 'Zardari'],
    roles: [
      { country: 'PAK', sector: 'GOV', title: 'President', from: '2008-09-09', to: '2013-09-09' },
      { country: 'PAK', sector: 'GOV', title: 'President', from: '2024-03-10' },
    ],
  },
  {
    names: ['Mamnoon Hussain'],
    roles: [{ country: 'PAK', sector: 'GOV', title: 'President', from: '2013-09-09', to: '2018-09-09' }],
  },
  {
    names: ['Arif Alvi'],
    roles: [{ country: 'PAK', sector: 'GOV', title: 'President', from: '2018-09-09', to: '2024-03-09' }],
  },
  {
    names: ['Shaukat Aziz'],
    roles: [{ country: 'PAK', sector: 'GOV', title: 'Prime Minister', from: '2004-08-28', to: '2007-11-15' }],
  },
  {
    names: ['Yousaf Raza Gillani', 'Yousuf Raza Gilani', 'Yusuf Raza Gilani'],
    roles: [{ country: 'PAK', sector: 'GOV', title: 'Prime Minister', from: '2008-03-25', to: '2012-06-19' }],
  },
  {
    names: ['Raja Pervaiz Ashraf'],
    roles: [{ country: 'PAK', sector: 'GOV', title: 'Prime Minister', from: '2012-06-22', to: '2013-03-24' }],
  },
  {
    names: ['Nawaz Sharif', 'Mian Nawaz Sharif'],
    roles: [{ country: 'PAK', sector: 'GOV', title: 'Prime Minister', from: '2013-06-05', to: '2017-07-28' }],
  },
  {
    names: ['Shahid Khaqan Abbasi'],
    roles: [{ country: 'PAK', sector: 'GOV', title: 'Prime Minister', from: '2017-08-01', to: '2018-05-31' }],
  },
  {
    names: ['Imran Khan'],
    roles: [{ country: 'PAK', sector: 'GOV', title: 'Prime Minister', from: '2018-08-18', to: '2022-04-10' }],
  },
  {
    names: ['Shehbaz Sharif', 'Shahbaz Sharif'],
    roles: [
      { country: 'PAK', sector: 'GOV', title: 'Prime Minister', from: '2022-04-11', to: '2023-08-14' },
      { country: 'PAK', sector: 'GOV', title: 'Prime Minister', from: '2024-03-04' },
    ],
  },
  {
    names: ['Shah Mehmood Qureshi', 'Shah Mahmood Qureshi'],
    roles: [
      { country: 'PAK', sector: 'GOV', title: 'Foreign Minister', from: '2008-03-31', to: '2011-02-09' },
      { country: 'PAK', sector: 'GOV', title: 'Foreign Minister', from: '2018-08-20', to: '2022-04-10' },
    ],
  },
  {
    names: ['Khurshid Mahmud Kasuri', 'Khurshid Kasuri'],
    roles: [{ country: 'PAK', sector: 'GOV', title: 'Foreign Minister', from: '2002-11-23', to: '2007-11-15' }],
  },
  {
    names: ['Bilawal Bhutto Zardari', 'Bilawal Bhutto'],
    roles: [{ country: 'PAK', sector: 'GOV', title: 'Foreign Minister', from: '2022-04-27', to: '2023-08-10' }],
  },
  {
    names: ['Ishaq Dar'],
    roles: [
      { country: 'PAK', sector: 'GOV', title: 'Foreign Minister', from: '2024-03-11' },
      { country: 'PAK', sector: 'GOV', title: 'Finance Minister', from: '2013-06-07', to: '2017-11-21' },
    ],
  },
  {
    names: ['Benazir Bhutto', 'Bhutto'],
    roles: [{ country: 'PAK', sector: 'OPP', title: 'Opposition leader', to: '2007-12-27' }],
  },
  {
    names: ['Asim Munir', 'Syed Asim Munir'],
    roles: [{ country: 'PAK', sector: 'MIL', title: 'Army Chief', from: '2022-11-29' }],
  },
  {
    names: ['Qamar Javed Bajwa'],
    roles: [{ country: 'PAK', sector: 'MIL', title: 'Army Chief', from: '2016-11-29', to: '2022-11-29' }],
  },
  {
    names: ['Ashfaq Parvez Kayani'],
    roles: [{ country: 'PAK', sector: 'MIL', title: 'Army Chief', from: '2007-11-28', to: '2013-11-29' }],
  },
  {
    names: ['Raheel Sharif'],
    roles: [{ country: 'PAK', sector: 'MIL', title: 'Army Chief', from: '2013-11-29', to: '2016-11-29' }],
  },
  {
    names: ['Hamid Karzai', 'Karzai'],
    roles: [{ country: 'AFG', sector: 'GOV', title: 'President', from: '2001-12-22', to: '2014-09-29' }],
  },
  {
    names: ['Ashraf Ghani', 'Ashraf Ghani Ahmadzai'],
    roles: [{ country: 'AFG', sector: 'GOV', title: 'President', from: '2014-09-29', to: '2021-08-15' }],
  },
  {
    names: ['Abdullah Abdullah'],
    roles: [
      { country: 'AFG', sector: 'GOV', title: 'Chief Executive', from: '2014-09-29', to: '2020-03-11' },
      { country: 'AFG', sector: 'GOV', title: 'Foreign Minister', from: '2001-12-22', to: '2006-04-20' },
    ],
  },
  {
    names: ['Rangin Dadfar Spanta'],
    roles: [{ country: 'AFG', sector: 'GOV', title: 'Foreign Minister', from: '2006-04-20', to: '2010-01-19' }],
  },
  {
    names: ['Zalmai Rassoul', 'Zalmai Rasoul'],
    roles: [{ country: 'AFG', sector: 'GOV', title: 'Foreign Minister', from: '2010-01-19', to: '2013-10-27' }],
  },
  {
    names: ['Mullah Mohammed Omar', 'Mullah Omar', 'Mohammed Omar'],
    roles: [
      { country: 'AFG', sector: 'INS', title: 'Taliban leader', to: '2013-04-23' },
      { country: 'AFG', sector: 'GOV', title: 'Leader of the Islamic Emirate', to: '2001-11-13' },
    ],
  },
  {
    names: ['Akhtar Mansour', 'Mullah Akhtar Mansour'],
    roles: [{ country: 'AFG', sector: 'INS', title: 'Taliban leader', from: '2015-07-29', to: '2016-05-21' }],
  },
  {
    names: ['Hibatullah Akhundzada', 'Haibatullah Akhundzada', 'Akhundzada'],
    roles: [
      { country: 'AFG', sector: 'INS', title: 'Taliban leader', from: '2016-05-25', to: '2021-08-15' },
      { country: 'AFG', sector: 'GOV', title: 'Supreme Leader', from: '2021-08-15' },
    ],
  },
  {
    names: ['Mohammad Hassan Akhund', 'Mullah Hassan Akhund'],
    roles: [{ country: 'AFG', sector: 'GOV', title: 'Prime Minister', from: '2021-09-07' }],
  },
  {
    names: ['Amir Khan Muttaqi'],
    roles: [{ country: 'AFG', sector: 'GOV', title: 'Foreign Minister', from: '2021-09-07' }],
  },
  {
    names: ['Abdul Ghani Baradar', 'Mullah Baradar'],
    roles: [
      { country: 'AFG', sector: 'GOV', title: 'Deputy Prime Minister', from: '2021-09-07' },
      { country: 'AFG', sector: 'INS', title: 'Taliban political chief', from: '2019-01-24', to: '2021-09-07' },
    ],
  },
  {
    names: ['Zabihullah Mujahid'],
    roles: [
      { country: 'AFG', sector: 'INS', title: 'Taliban spokesman', from: '2007-01-01', to: '2021-09-07' },
      { country: 'AFG', sector: 'GOV', title: 'Government Spokesman', from: '2021-09-07' },
    ],
  },
  {
    names: ['Sirajuddin Haqqani'],
    roles: [
      { country: 'AFG', sector: 'GOV', title: 'Interior Minister', from: '2021-09-07' },
      { country: 'AFG', sector: 'INS', title: 'Haqqani network leader', to: '2021-09-07' },
    ],
  },
  {
    names: ['Osama bin Laden', 'Usama bin Laden', 'Osama Bin Laden', 'bin Laden', 'Bin Laden'],
    roles: [{ country: 'IMG', sector: 'REB', title: 'al-Qaeda leader', to: '2011-05-02' }],
  },
  {
    names: ['Ayman al-Zawahiri', 'Ayman al-Zawahri', 'Zawahiri', 'Zawahri'],
    roles: [{ country: 'IMG', sector: 'REB', title: 'al-Qaeda leader', from: '2011-06-16', to: '2022-07-31' }],
  },
  // ---- Other frequently named leaders ----
  {
    names: ['Hugo Chávez', 'Hugo Chavez'],
    roles: [{ country: 'VEN', sector: 'GOV', title: 'President', to: '2013-03-05' }],
  },
  {
    names: ['Nicolás Maduro', 'Nicolas Maduro'],
    roles: [
      { country: 'VEN', sector: 'GOV', title: 'President', from: '2013-03-05' },
      { country: 'VEN', sector: 'GOV', title: 'Foreign Minister', from: '2006-08-09', to: '2013-01-15' },
    ],
  },
  {
    names: ['Juan Guaidó', 'Juan Guaido'],
    roles: [{ country: 'VEN', sector: 'OPP', title: 'Opposition leader', from: '2019-01-05', to: '2023-01-05' }],
  },
  { names: ['Fidel Castro'], roles: [{ country: 'CUB', sector: 'GOV', title: 'President', to: '2008-02-24' }] },
  {
    names: ['Raúl Castro', 'Raul Castro'],
    roles: [{ country: 'CUB', sector: 'GOV', title: 'President', from: '2008-02-24', to: '2018-04-19' }],
  },
  {
    names: ['Miguel Díaz-Canel', 'Miguel Diaz-Canel'],
    roles: [{ country: 'CUB', sector: 'GOV', title: 'President', from: '2018-04-19' }],
  },
  {
    names: ['Alexander Lukashenko', 'Alyaksandr Lukashenka', 'Aleksandr Lukashenko', 'Lukashenko'],
    roles: [{ country: 'BLR', sector: 'GOV', title: 'President' }],
  },
  {
    names: ['Viktor Orbán', 'Viktor Orban'],
    roles: [{ country: 'HUN', sector: 'GOV', title: 'Prime Minister', from: '2010-05-29' }],
  },
  {
    names: ['Pedro Sánchez', 'Pedro Sanchez'],
    roles: [{ country: 'ESP', sector: 'GOV', title: 'Prime Minister', from: '2018-06-02' }],
  },
  {
    names: ['José Luis Rodríguez Zapatero', 'Jose Luis Rodriguez Zapatero', 'Zapatero'],
    roles: [{ country: 'ESP', sector: 'GOV', title: 'Prime Minister', from: '2004-04-17', to: '2011-12-21' }],
  },
  {
    names: ['Mariano Rajoy'],
    roles: [{ country: 'ESP', sector: 'GOV', title: 'Prime Minister', from: '2011-12-21', to: '2018-06-02' }],
  },
  {
    names: ['José María Aznar', 'Jose Maria Aznar'],
    roles: [{ country: 'ESP', sector: 'GOV', title: 'Prime Minister', to: '2004-04-17' }],
  },
  {
    names: [
      'Muammar Gaddafi',
      'Muammar Qaddafi',
      'Moammar Gadhafi',
      'Muammar al-Gaddafi',
      'Gaddafi',
      'Qaddafi',
      'Gadhafi',
    ],
    roles: [{ country: 'LBY', sector: 'GOV', title: 'Leader', to: '2011-08-23' }],
  },
  {
    names: ['Khalifa Haftar', 'Khalifa Hifter', 'Haftar', 'Hifter'],
    roles: [{ country: 'LBY', sector: 'UAF', title: 'Commander of the Libyan National Army', from: '2015-03-02' }],
  },
  {
    names: ['Fayez al-Sarraj', 'Fayez Serraj'],
    roles: [
      {
        country: 'LBY',
        sector: 'GOV',
        title: 'Chairman of the Presidential Council',
        from: '2016-03-30',
        to: '2021-03-15',
      },
    ],
  },
  {
    names: ['Abdul Hamid Dbeibah', 'Abdulhamid Dbeibah'],
    roles: [{ country: 'LBY', sector: 'GOV', title: 'Prime Minister', from: '2021-03-15' }],
  },
  {
    names: ['Omar al-Bashir', 'Omar Hassan al-Bashir', 'Bashir'],
    roles: [{ country: 'SDN', sector: 'GOV', title: 'President', to: '2019-04-11' }],
  },
  {
    names: ['Abdel Fattah al-Burhan', 'Abdel-Fattah Burhan', 'Burhan'],
    roles: [
      { country: 'SDN', sector: 'GOV', title: 'Chairman of the Sovereignty Council', from: '2019-08-21' },
      { country: 'SDN', sector: 'MIL', title: 'Commander of the Armed Forces', from: '2019-04-12' },
    ],
  },
  {
    names: ['Mohamed Hamdan Dagalo', 'Hemedti', 'Hemeti'],
    roles: [{ country: 'SDN', sector: 'UAF', title: 'Commander of the Rapid Support Forces', from: '2013-08-01' }],
  },
  {
    names: ['Abdalla Hamdok', 'Abdallah Hamdok'],
    roles: [{ country: 'SDN', sector: 'GOV', title: 'Prime Minister', from: '2019-08-21', to: '2022-01-02' }],
  },
  {
    names: ['Salva Kiir', 'Salva Kiir Mayardit'],
    roles: [{ country: 'SSD', sector: 'GOV', title: 'President', from: '2011-07-09' }],
  },
  {
    names: ['Riek Machar'],
    roles: [
      { country: 'SSD', sector: 'GOV', title: 'First Vice President', from: '2020-02-22' },
      { country: 'SSD', sector: 'REB', title: 'SPLM-IO leader', from: '2013-12-01', to: '2020-02-22' },
    ],
  },
  {
    names: ['Abiy Ahmed', 'Abiy'],
    roles: [{ country: 'ETH', sector: 'GOV', title: 'Prime Minister', from: '2018-04-02' }],
  },
  { names: ['Meles Zenawi'], roles: [{ country: 'ETH', sector: 'GOV', title: 'Prime Minister', to: '2012-08-20' }] },
  { names: ['Paul Kagame'], roles: [{ country: 'RWA', sector: 'GOV', title: 'President', from: '2000-04-22' }] },
  { names: ['Yoweri Museveni', 'Museveni'], roles: [{ country: 'UGA', sector: 'GOV', title: 'President' }] },
  {
    names: ['Muhammadu Buhari'],
    roles: [{ country: 'NGA', sector: 'GOV', title: 'President', from: '2015-05-29', to: '2023-05-29' }],
  },
  {
    names: ['Bola Tinubu', 'Bola Ahmed Tinubu'],
    roles: [{ country: 'NGA', sector: 'GOV', title: 'President', from: '2023-05-29' }],
  },
  {
    names: ['Goodluck Jonathan'],
    roles: [{ country: 'NGA', sector: 'GOV', title: 'President', from: '2010-05-06', to: '2015-05-29' }],
  },
  { names: ['Olusegun Obasanjo'], roles: [{ country: 'NGA', sector: 'GOV', title: 'President', to: '2007-05-29' }] },
  {
    names: ['Robert Mugabe', 'Mugabe'],
    roles: [{ country: 'ZWE', sector: 'GOV', title: 'President', to: '2017-11-21' }],
  },
  {
    names: ['Emmerson Mnangagwa', 'Mnangagwa'],
    roles: [{ country: 'ZWE', sector: 'GOV', title: 'President', from: '2017-11-24' }],
  },
  {
    names: ['Pope John Paul II', 'John Paul II'],
    roles: [{ country: 'VAT', sector: 'GOV', title: 'Pope', to: '2005-04-02' }],
  },
  {
    names: ['Pope Benedict XVI', 'Benedict XVI', 'Pope Benedict'],
    roles: [{ country: 'VAT', sector: 'GOV', title: 'Pope', from: '2005-04-19', to: '2013-02-28' }],
  },
  {
    names: ['Pope Francis'],
    roles: [{ country: 'VAT', sector: 'GOV', title: 'Pope', from: '2013-03-13', to: '2025-04-21' }],
  },
  { names: ['Pope Leo XIV', 'Leo XIV'], roles: [{ country: 'VAT', sector: 'GOV', title: 'Pope', from: '2025-05-08' }] },
];
