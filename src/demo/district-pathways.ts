import { command, DemoCommand } from './demo-command';
import { DISTRICT_LEA, FEEDER_PATTERNS } from './district-schools';
import { SCHOOL_YEAR } from './school-year-calendar';

const ids = (schools: readonly { id: string }[]) => schools.map((s) => s.id);

/** Music along the Roosevelt pattern: beginning and intermediate at the middle school, advanced at the high school. */
export const COMPLETE_PATHWAY = 'roosevelt-music';
/** Visual arts along the Garfield pattern: no advanced course yet — the gap the pathways report shows. */
export const PATHWAY_WITH_GAP = 'garfield-visual-arts';
export const PATHWAYS = [COMPLETE_PATHWAY, PATHWAY_WITH_GAP];

function define(id: string, name: string, artForm: string, pattern: (typeof FEEDER_PATTERNS)[keyof typeof FEEDER_PATTERNS]): DemoCommand {
  return command('POST /pathways', '/pathways', {
    id, lea: DISTRICT_LEA, name, artForm, effectiveDate: '2026-08-03',
    feederPattern: { elementarySchoolIds: ids(pattern.elementary), middleSchoolIds: ids(pattern.middle), highSchoolIds: ids(pattern.high) },
  });
}

function course(pathwayId: string, courseId: string, schoolId: string, level: string, title: string, partnerId?: string): DemoCommand {
  const delivery = partnerId ? { deliveredBy: 'partner', partnerId } : { deliveredBy: 'school-teacher' };
  return command('POST /pathways/{id}/courses', `/pathways/${pathwayId}/courses`, {
    courseId, schoolId, level, title, schoolYear: SCHOOL_YEAR, effectiveDate: '2026-08-17', ...delivery,
  });
}

function programme(pathwayId: string, schoolId: string, title: string, partnerId?: string): DemoCommand {
  const delivery = partnerId ? { deliveredBy: 'partner', partnerId } : { deliveredBy: 'school-teacher' };
  return command('POST /pathways/{id}/whole-school-programmes', `/pathways/${pathwayId}/whole-school-programmes`, {
    programmeId: `${schoolId}-${pathwayId}`, schoolId, title, schoolYear: SCHOOL_YEAR, effectiveDate: '2026-08-17', ...delivery,
  });
}

export function pathwayCommands(): DemoCommand[] {
  const roosevelt = FEEDER_PATTERNS.roosevelt;
  const garfield = FEEDER_PATTERNS.garfield;
  return [
    define(COMPLETE_PATHWAY, 'Roosevelt feeder music pathway', 'music', roosevelt),
    programme(COMPLETE_PATHWAY, 'evergreen-es', 'Music for every classroom', 'eastside-youth-symphony'),
    programme(COMPLETE_PATHWAY, 'second-street-es', 'Singing schools'),
    programme(COMPLETE_PATHWAY, 'breed-street-es', 'Rhythm and recorder, grades 3-5'),
    course(COMPLETE_PATHWAY, 'hollenbeck-beginning-band', 'hollenbeck-ms', 'beginning', 'Beginning band'),
    course(COMPLETE_PATHWAY, 'hollenbeck-intermediate-band', 'hollenbeck-ms', 'intermediate', 'Intermediate band'),
    course(COMPLETE_PATHWAY, 'roosevelt-intermediate-orchestra', 'roosevelt-hs', 'intermediate', 'Intermediate orchestra'),
    course(COMPLETE_PATHWAY, 'roosevelt-advanced-orchestra', 'roosevelt-hs', 'advanced', 'Advanced orchestra', 'eastside-youth-symphony'),

    define(PATHWAY_WITH_GAP, 'Garfield feeder visual arts pathway', 'visual-arts', garfield),
    programme(PATHWAY_WITH_GAP, 'ford-blvd-es', 'Observational drawing across the school', 'las-fotos-project'),
    programme(PATHWAY_WITH_GAP, 'belvedere-es', 'Art in every grade'),
    course(PATHWAY_WITH_GAP, 'belvedere-beginning-art', 'belvedere-ms', 'beginning', 'Art 1: drawing and painting'),
    course(PATHWAY_WITH_GAP, 'garfield-intermediate-photo', 'garfield-hs', 'intermediate', 'Photography 2', 'las-fotos-project'),
  ];
}
