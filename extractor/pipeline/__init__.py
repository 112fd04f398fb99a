"""spaCy components of the minutes pipeline; importing this registers every factory."""

from . import spans  # noqa: F401  (registers span extensions)
from . import patterns  # noqa: F401  (registers the pattern reader)
from . import tokenizer  # noqa: F401  (registers minutes.Tokenizer.v1)
from . import sections  # noqa: F401
from . import meeting  # noqa: F401
from . import attendance  # noqa: F401
from . import items  # noqa: F401
from . import agenda  # noqa: F401
from . import work_programme  # noqa: F401
from . import people  # noqa: F401
from . import speakers  # noqa: F401
from . import questions  # noqa: F401
from . import resolutions  # noqa: F401
from . import figures  # noqa: F401
from . import actions  # noqa: F401
from . import line_roles  # noqa: F401
from . import sentence_roles  # noqa: F401

COMPONENTS = (
    "minutes_line_roles",
    "minutes_sections",
    "minutes_meeting",
    "minutes_attendance",
    "minutes_items",
    "minutes_agenda",
    "minutes_work_programme",
    "minutes_people",
    "minutes_speakers",
    "minutes_sentence_roles",
    "minutes_questions",
    "minutes_resolutions",
    "minutes_figures",
    "minutes_actions",
)
