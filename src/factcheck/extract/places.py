"""Countries, their demonyms, capitals and well-known cities, for subject keys.

A subject key names a country by one canonical slug ("rwanda"), whether the
article says "Rwanda", "Rwandan", "Kigali" or "the Rwandan capital".
"""

from __future__ import annotations

import re
from functools import lru_cache

# country | demonyms and other names | capital and major cities
_TABLE = """
Afghanistan|Afghan,Afghani|Kabul,Kandahar
Algeria|Algerian|Algiers
Argentina|Argentine,Argentinian|Buenos Aires
Australia|Australian|Canberra,Sydney,Melbourne
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani,Azeri|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Brazil|Brazilian|Brasilia,Rio de Janeiro,Sao Paulo
Burundi|Burundian|Gitega,Bujumbura
Cambodia|Cambodian|Phnom Penh
Canada|Canadian|Ottawa,Toronto
Chile|Chilean|Santiago
China|Chinese,PRC|Beijing,Shanghai,Kunming,Chengdu,Hong Kong
Colombia|Colombian|Bogota
Democratic Republic of Congo|Congolese,DRC,DR Congo,Democratic Republic of the Congo|Kinshasa
Denmark|Danish,Dane|Copenhagen
Egypt|Egyptian|Cairo
Ethiopia|Ethiopian|Addis Ababa
European Union|EU|
Finland|Finnish|Helsinki
France|French|Paris
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Hungary|Hungarian|Budapest
India|Indian|New Delhi,Delhi,Mumbai,Ahmedabad,Kolkata,Chennai,Bengaluru
Indonesia|Indonesian|Jakarta
Iran|Iranian,Persian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem,Tel Aviv
Italy|Italian|Rome,Milan
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh,Kazakhstani|Astana
Kenya|Kenyan|Nairobi
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Lebanon|Lebanese|Beirut
Libya|Libyan|Tripoli
Malaysia|Malaysian|Kuala Lumpur
Mexico|Mexican|Mexico City
Mongolia|Mongolian|Ulaanbaatar
Morocco|Moroccan|Rabat
Nepal|Nepalese,Nepali|Kathmandu
Netherlands|Dutch|Amsterdam,The Hague
New Zealand|New Zealander|Wellington,Auckland
Nigeria|Nigerian|Abuja,Lagos
North Korea|North Korean,DPRK|Pyongyang
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad,Rawalpindi,Karachi,Lahore,Peshawar,Quetta
Palestine|Palestinian|Ramallah,Gaza
Philippines|Filipino,Philippine|Manila
Poland|Polish,Pole|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian,Russian Federation|Moscow,St Petersburg
Rwanda|Rwandan|Kigali
Saudi Arabia|Saudi,Saudi Arabian,Kingdom of Saudi Arabia|Riyadh,Jeddah,Mecca
Senegal|Senegalese|Dakar
Serbia|Serbian|Belgrade
Singapore|Singaporean|
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria,Johannesburg,Cape Town
South Korea|South Korean,Korean|Seoul
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern,Geneva
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma,Dar es Salaam
Thailand|Thai|Bangkok
Turkey|Turkish,Turkiye,Türkiye|Ankara,Istanbul
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv,Kiev
United Arab Emirates|Emirati,UAE|Abu Dhabi,Dubai
United Kingdom|British,UK,U.K.,Britain,Great Britain,English|London
United States|American,US,U.S.,USA,U.S.A.,America,United States of America|Washington,Washington DC,New York
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Zimbabwe|Zimbabwean|Harare
"""


def slug(words: str) -> str:
    """A stable, lower-case, hyphenated form of some words."""
    words = words.lower().replace("’", "'").replace("'s", "")
    return re.sub(r"[^a-z0-9]+", "-", words).strip("-")


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, str], dict[str, str]]:
    """name or demonym → country slug; city → country slug."""
    names: dict[str, str] = {}
    cities: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        country, aliases, places = line.split("|")
        key = slug(country)
        for name in [country, *aliases.split(",")]:
            if name:
                names[name.lower()] = key
        for city in places.split(","):
            if city:
                cities[city.lower()] = key
    return names, cities


def _clean(words: str) -> str:
    words = words.strip().replace("’", "'")
    words = re.sub(r"^(the)\s+", "", words, flags=re.IGNORECASE)
    return re.sub(r"'s$", "", words).lower()


def country_of_name(words: str) -> str | None:
    """The country a name or demonym stands for ("Rwandan" → "rwanda")."""
    names, _ = _indexes()
    return names.get(_clean(words))


def country_of_place(words: str) -> str | None:
    """The country a place is in: the country itself, or its capital or city."""
    names, cities = _indexes()
    cleaned = _clean(words)
    cleaned = re.sub(r"\s+(city|county|province)$", "", cleaned)
    return names.get(cleaned) or cities.get(cleaned)
