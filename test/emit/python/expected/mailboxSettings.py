from msgraph import GraphServiceClient
from msgraph.generated.models.mailbox_settings import MailboxSettings
from msgraph.generated.models.working_hours import WorkingHours
from msgraph.generated.models.day_of_week import DayOfWeek
from datetime import time

graph_client = GraphServiceClient(credentials, scopes)

request_body = MailboxSettings(
	working_hours = WorkingHours(
		days_of_week = [
			DayOfWeek.Monday,
			DayOfWeek.Tuesday,
		],
		start_time = time.fromisoformat("08:00:00.0000000"),
		end_time = time.fromisoformat("16:30:00.0000000"),
	),
	additional_data = {
		"@odata.context" : "https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings",
	},
)

result = await graph_client.me.mailbox_settings.patch(request_body)
