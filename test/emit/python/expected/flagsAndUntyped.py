from msgraph import GraphServiceClient
from msgraph.generated.models.conditional_access_policy import ConditionalAccessPolicy
from msgraph.generated.models.conditional_access_condition_set import ConditionalAccessConditionSet
from msgraph.generated.models.conditional_access_users import ConditionalAccessUsers
from msgraph.generated.models.conditional_access_guests_or_external_users import ConditionalAccessGuestsOrExternalUsers
from msgraph.generated.models.conditional_access_guest_or_external_user_types import ConditionalAccessGuestOrExternalUserTypes

graph_client = GraphServiceClient(credentials, scopes)

request_body = ConditionalAccessPolicy(
	display_name = "policy",
	conditions = ConditionalAccessConditionSet(
		users = ConditionalAccessUsers(
			include_guests_or_external_users = ConditionalAccessGuestsOrExternalUsers(
				additional_data = {
					"guestOrExternalUserTypes" : "internalGuest,serviceProvider",
				},
			),
			exclude_guests_or_external_users = ConditionalAccessGuestsOrExternalUsers(
				guest_or_external_user_types = ConditionalAccessGuestOrExternalUserTypes.B2bCollaborationGuest,
			),
		),
	),
	additional_data = {
		"sessionControls" : {
			"signInFrequency" : {
				"value" : 4,
				"isEnabled" : True,
			},
		},
	},
)

result = await graph_client.identity.conditional_access.policies.by_conditional_access_policy_id('conditionalAccessPolicy-id').patch(request_body)
