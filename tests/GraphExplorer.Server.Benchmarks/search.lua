-- wrk script: GET /api/entities?q=... with queries an analyst types: two-syllable name prefixes (as in
-- "Kaka", "Rota"), some with a typo (a swapped pair of letters), some first names.
local syllables = { "ka", "ro", "mi", "ta", "ne", "lo", "vi", "sa", "du", "re", "po", "li", "ga", "te", "no", "ba" }
local firstNames = { "maya", "omar", "ines", "elena", "hiro", "priya", "wei", "nadia" }
math.randomseed(7)
request = function()
  local q
  local kind = math.random(1, 3)
  if kind == 1 then
    q = syllables[math.random(1, 16)] .. syllables[math.random(1, 16)]
  elseif kind == 2 then
    local word = syllables[math.random(1, 16)] .. syllables[math.random(1, 16)] .. syllables[math.random(1, 16)]
    q = word:sub(1, 1) .. word:sub(3, 3) .. word:sub(2, 2) .. word:sub(4)
  else
    q = firstNames[math.random(1, #firstNames)]
  end
  return wrk.format("GET", "/api/entities?q=" .. q)
end
