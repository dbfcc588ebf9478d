"""Pydantic contracts between the parts of coach.

Graph state holds these as plain JSON dicts (``model_dump(mode="json")``) so that checkpoints
stay readable by any serializer; nodes validate them back with ``Model.model_validate``.

One module per part: :mod:`.profile`, :mod:`.research`, :mod:`.plan`, :mod:`.review` (review and
mentor); every name is re-exported here, so ``from coach.schemas import X`` keeps working.
"""

from __future__ import annotations

from coach.schemas._base import Language as Language
from coach.schemas._base import Level as Level
from coach.schemas.plan import (
    AmbitionFlag as AmbitionFlag,
)
from coach.schemas.plan import (
    AmbitionKind as AmbitionKind,
)
from coach.schemas.plan import (
    CheckIn as CheckIn,
)
from coach.schemas.plan import (
    ConstraintRecord as ConstraintRecord,
)
from coach.schemas.plan import (
    Deferral as Deferral,
)
from coach.schemas.plan import (
    DeferralKind as DeferralKind,
)
from coach.schemas.plan import (
    FeasibilityOption as FeasibilityOption,
)
from coach.schemas.plan import (
    Gap as Gap,
)
from coach.schemas.plan import (
    Milestone as Milestone,
)
from coach.schemas.plan import (
    Phase as Phase,
)
from coach.schemas.plan import (
    Plan as Plan,
)
from coach.schemas.plan import (
    PlanItem as PlanItem,
)
from coach.schemas.plan import (
    PortfolioProject as PortfolioProject,
)
from coach.schemas.plan import (
    Progress as Progress,
)
from coach.schemas.profile import (
    Profile as Profile,
)
from coach.schemas.profile import (
    SkillClaim as SkillClaim,
)
from coach.schemas.profile import (
    Want as Want,
)
from coach.schemas.research import (
    ChoiceHow as ChoiceHow,
)
from coach.schemas.research import (
    PayLevel as PayLevel,
)
from coach.schemas.research import (
    PayPeriod as PayPeriod,
)
from coach.schemas.research import (
    PostingPay as PostingPay,
)
from coach.schemas.research import (
    RegionFrom as RegionFrom,
)
from coach.schemas.research import (
    RequiredSkill as RequiredSkill,
)
from coach.schemas.research import (
    RoleCandidate as RoleCandidate,
)
from coach.schemas.research import (
    RoleChoice as RoleChoice,
)
from coach.schemas.research import (
    RoleOption as RoleOption,
)
from coach.schemas.research import (
    RoleResearch as RoleResearch,
)
from coach.schemas.research import (
    SalaryBand as SalaryBand,
)
from coach.schemas.research import (
    SourcedFact as SourcedFact,
)
from coach.schemas.research import (
    Strength as Strength,
)
from coach.schemas.review import (
    Finding as Finding,
)
from coach.schemas.review import (
    MentorAction as MentorAction,
)
from coach.schemas.review import (
    MentorDecision as MentorDecision,
)
from coach.schemas.review import (
    Review as Review,
)
from coach.schemas.review import (
    SessionStatus as SessionStatus,
)
from coach.schemas.review import (
    Severity as Severity,
)
