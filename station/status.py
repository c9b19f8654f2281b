"""The states a battery passes through at the site. Projections write them; rules and screens read them."""

IN_STORE = "in_store"
QUARANTINED = "quarantined"
DISMANTLING = "dismantling"
DISMANTLED = "dismantled"
HANDED_OUT = "handed_out"
TREATED = "treated"
CERTIFIED = "certified"

ALL = (IN_STORE, QUARANTINED, DISMANTLING, DISMANTLED, HANDED_OUT, TREATED, CERTIFIED)
