# Maps tag-entities' labels onto the CoNLL-style labels of the gold files:
# the labels the gold lacks go; a demonym (NORP) is MISC where the gold
# tags demonyms, that is when capitalised ($lower == false: all of them).
.entities |= map(select(.label | IN("PER", "LOC", "ORG", "MISC", "NORP"))
    | if .label != "NORP" then .
      elif $lower and (.text[0:1] | test("[[:lower:]]")) then empty
      else .label = "MISC" end)
