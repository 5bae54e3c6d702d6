// For each outlet, how many relations it is cited for, by relation type.
MATCH (outlet:Outlet)
MATCH (:Entity)-[r]->(:Entity)
WHERE outlet.key IN r.outlets
RETURN outlet.name AS outlet, type(r) AS relation, count(r) AS relations
ORDER BY outlet, relations DESC
