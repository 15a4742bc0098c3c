import type { ObjectNode, SnippetAst } from '../../src/ast/types.js';
import type { SchemaTypeDef } from '../../src/metadata/schema.js';
import { NULL, arr, ast, bool, int, jsonBody, obj, primitive, prop, segment, str, t } from './ast-builders.js';
import { G, structured } from './schema-builders.js';

/**
 * The seed request, example 2 of ../shared/seeds/004_* (a beta POST of an
 * accessPackageAssignmentPolicy, whose C#, TypeScript and Python snippets are seeds 000, 001 and
 * 002): its AST, built by hand, and the schema types it uses.
 */

const { prim, named } = t;

/** The types of the seed's body (and `entity`, their root), for the emitter tests' schemas. */
export const SEED_TYPES: SchemaTypeDef[] = [
  structured(`${G}.entity`, [['id', prim('string')]], null, 'entity'),
  structured(
    `${G}.accessPackageAssignmentPolicy`,
    [
      ['accessPackageId', prim('string')],
      ['displayName', prim('string')],
      ['description', prim('string')],
      ['canExtend', prim('boolean')],
      ['durationInDays', prim('int32')],
      ['expirationDateTime', prim('dateTimeOffset')],
      ['requestorSettings', named('requestorSettings')],
      ['requestApprovalSettings', named('approvalSettings')],
      ['accessReviewSettings', named('assignmentReviewSettings')],
    ],
    `${G}.entity`,
    'entity',
  ),
  structured(`${G}.requestorSettings`, [
    ['scopeType', prim('string')],
    ['acceptRequests', prim('boolean')],
    ['allowedRequestors', named('userSet', true)],
  ]),
  structured(`${G}.approvalSettings`, [
    ['isApprovalRequired', prim('boolean')],
    ['isApprovalRequiredForExtension', prim('boolean')],
    ['isRequestorJustificationRequired', prim('boolean')],
    ['approvalMode', prim('string')],
    ['approvalStages', named('approvalStage', true)],
  ]),
  structured(`${G}.approvalStage`, [
    ['approvalStageTimeOutInDays', prim('int32')],
    ['isApproverJustificationRequired', prim('boolean')],
    ['isEscalationEnabled', prim('boolean')],
    ['escalationTimeInMinutes', prim('int32')],
    ['primaryApprovers', named('userSet', true)],
    ['escalationApprovers', named('userSet', true)],
  ]),
  structured(`${G}.userSet`, [['isBackup', prim('boolean')]]),
  structured(
    `${G}.groupMembers`,
    [
      ['id', prim('string')],
      ['description', prim('string')],
    ],
    `${G}.userSet`,
  ),
  structured(
    `${G}.singleUser`,
    [
      ['id', prim('string')],
      ['description', prim('string')],
    ],
    `${G}.userSet`,
  ),
  structured(`${G}.externalSponsors`, [], `${G}.userSet`),
  structured(`${G}.internalSponsors`, [], `${G}.userSet`),
  structured(`${G}.assignmentReviewSettings`, [
    ['isEnabled', prim('boolean')],
    ['recurrenceType', prim('string')],
    ['reviewerType', prim('string')],
    ['startDateTime', prim('dateTimeOffset')],
    ['durationInDays', prim('int32')],
    ['reviewers', named('userSet', true)],
  ]),
];

/** A `userSet` of a derived type; group members and single users have an id and description. */
function approver(type: string, isBackup: boolean, description: string | null = null): ObjectNode {
  const props = [
    prop('@odata.type', prim('string'), str(`#microsoft.graph.${type}`)),
    prop('isBackup', prim('boolean'), bool(isBackup)),
  ];
  if (description !== null) {
    props.push(
      prop('id', prim('string'), str('string (identifier)')),
      prop('description', prim('string'), str(description)),
    );
  }
  return obj(type, props, [], 'userSet');
}

function stage(sponsor: 'external' | 'internal'): ObjectNode {
  return obj('approvalStage', [
    prop('approvalStageTimeOutInDays', prim('int32'), int(14)),
    prop('isApproverJustificationRequired', prim('boolean'), bool(true)),
    prop('isEscalationEnabled', prim('boolean'), bool(true)),
    prop('escalationTimeInMinutes', prim('int32'), int(11520)),
    prop(
      'primaryApprovers',
      named('userSet', true),
      arr(named('userSet'), [
        approver('groupMembers', true, `group for users from connected organizations which have no ${sponsor} sponsor`),
        approver(`${sponsor}Sponsors`, false),
      ]),
    ),
    prop(
      'escalationApprovers',
      named('userSet', true),
      arr(named('userSet'), [approver('singleUser', true, `user if the ${sponsor} sponsor does not respond`)]),
    ),
  ]);
}

export const SEED_AST: SnippetAst = ast({
  version: 'beta',
  method: 'POST',
  path: [
    segment.singleton('identityGovernance', named('identityGovernance')),
    segment.navigation('entitlementManagement', named('entitlementManagement')),
    segment.navigation('accessPackageAssignmentPolicies', named('accessPackageAssignmentPolicy', true)),
  ],
  body: jsonBody(
    obj('accessPackageAssignmentPolicy', [
      prop('accessPackageId', prim('string'), str('string (identifier)')),
      prop('displayName', prim('string'), str('Users from connected organizations can request')),
      prop(
        'description',
        prim('string'),
        str('Allow users from configured connected organizations to request and be approved by their sponsors'),
      ),
      prop('canExtend', prim('boolean'), bool(false)),
      prop('durationInDays', prim('int32'), int(365)),
      prop('expirationDateTime', prim('dateTimeOffset'), NULL),
      prop(
        'requestorSettings',
        named('requestorSettings'),
        obj('requestorSettings', [
          prop('scopeType', prim('string'), str('AllExistingConnectedOrganizationSubjects')),
          prop('acceptRequests', prim('boolean'), bool(true)),
          prop('allowedRequestors', named('userSet', true), arr(named('userSet'), [])),
        ]),
      ),
      prop(
        'requestApprovalSettings',
        named('approvalSettings'),
        obj('approvalSettings', [
          prop('isApprovalRequired', prim('boolean'), bool(true)),
          prop('isApprovalRequiredForExtension', prim('boolean'), bool(false)),
          prop('isRequestorJustificationRequired', prim('boolean'), bool(true)),
          prop('approvalMode', prim('string'), str('Serial')),
          prop(
            'approvalStages',
            named('approvalStage', true),
            arr(named('approvalStage'), [stage('external'), stage('internal')]),
          ),
        ]),
      ),
      prop(
        'accessReviewSettings',
        named('assignmentReviewSettings'),
        obj('assignmentReviewSettings', [
          prop('isEnabled', prim('boolean'), bool(true)),
          prop('recurrenceType', prim('string'), str('quarterly')),
          prop('reviewerType', prim('string'), str('Self')),
          prop('startDateTime', prim('dateTimeOffset'), primitive('dateTimeOffset', '2020-04-01T07:59:59.998Z')),
          prop('durationInDays', prim('int32'), int(25)),
          prop('reviewers', named('userSet', true), arr(named('userSet'), [])),
        ]),
      ),
    ]),
    'accessPackageAssignmentPolicy',
  ),
  responseType: named('accessPackageAssignmentPolicy'),
});
